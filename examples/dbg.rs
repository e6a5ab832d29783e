use diplo::*;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let pat = std::env::args().nth(2).unwrap_or_default();
    let kb = kb::Kb::builtin().unwrap();
    let files = ingest::discover(&[path.into()]).unwrap();
    let tagger = time::Tagger::new();
    for f in &files {
        let out = ingest::read(f);
        for d in out.documents {
            let a = pipeline::analyse(d, &tagger, &kb);
            let doc = &a.doc;
            let dct = pipeline::reference_date(doc, &tagger);
            let sents = text::sentences(&doc.text);
            let ents = kb.resolve(&doc.text, dct);
            let tx = tagger.tag(&doc.text, dct);
            println!("#### {} dct={:?}", doc.doc_id, dct);
            for s in &sents {
                let st = s.text(&doc.text);
                if !pat.is_empty() && !st.contains(&pat) {
                    continue;
                }
                println!("S[{}..{}] {}", s.start, s.end, st);
                for e in ents.iter().filter(|e| e.start >= s.start && e.end <= s.end) {
                    println!("   E {:?} {:?}", &doc.text[e.start..e.end], e.entity);
                }
                for t in tx.iter().filter(|e| e.begin >= s.start && e.end <= s.end) {
                    println!("   T {:?} {:?}", t.text, t.interval);
                }
                for m in a.mentions.iter().filter(|m| m.sentence == *s) {
                    println!(
                        "   M {} {} {} {:?} {:?} {:?} {:?}",
                        m.event_type.as_str(),
                        m.status.as_str(),
                        m.rule,
                        m.participants
                            .iter()
                            .map(|p| format!("{}:{}", p.name, p.role.as_str()))
                            .collect::<Vec<_>>(),
                        m.place_id,
                        m.country_code,
                        m.dates.map(|d| (d.start, d.end))
                    );
                }
            }
        }
    }
}
