//! Reading the reference tables: the tab-separated files under
//! `data/reference/` (compiled into the binary) and a user's directory of the
//! same layout (read at run time, rows added or replacing built-in ones).
//!
//! The built-in files are listed in [`BUILTIN`]; the list is fixed at compile
//! time (`include_str!`), and a test checks that every file under
//! `data/reference/` is listed, so a new `offices/XXX.tsv` cannot be forgotten.

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use super::KbError;

/// The built-in tables: (path under `data/reference/`, contents).
pub const BUILTIN: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../../data/reference/countries.tsv"),
    ),
    (
        "places.tsv",
        include_str!("../../data/reference/places.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../data/reference/organizations.tsv"),
    ),
    (
        "titles.tsv",
        include_str!("../../data/reference/titles.tsv"),
    ),
    (
        "sovereignty.tsv",
        include_str!("../../data/reference/sovereignty.tsv"),
    ),
    (
        "memberships.tsv",
        include_str!("../../data/reference/memberships.tsv"),
    ),
    (
        "offices/ADB.tsv",
        include_str!("../../data/reference/offices/ADB.tsv"),
    ),
    (
        "offices/AFDB.tsv",
        include_str!("../../data/reference/offices/AFDB.tsv"),
    ),
    (
        "offices/AFG.tsv",
        include_str!("../../data/reference/offices/AFG.tsv"),
    ),
    (
        "offices/AGO.tsv",
        include_str!("../../data/reference/offices/AGO.tsv"),
    ),
    (
        "offices/ALB.tsv",
        include_str!("../../data/reference/offices/ALB.tsv"),
    ),
    (
        "offices/ARE.tsv",
        include_str!("../../data/reference/offices/ARE.tsv"),
    ),
    (
        "offices/ARG.tsv",
        include_str!("../../data/reference/offices/ARG.tsv"),
    ),
    (
        "offices/ARM.tsv",
        include_str!("../../data/reference/offices/ARM.tsv"),
    ),
    (
        "offices/AUS.tsv",
        include_str!("../../data/reference/offices/AUS.tsv"),
    ),
    (
        "offices/AUT.tsv",
        include_str!("../../data/reference/offices/AUT.tsv"),
    ),
    (
        "offices/AZE.tsv",
        include_str!("../../data/reference/offices/AZE.tsv"),
    ),
    (
        "offices/BDI.tsv",
        include_str!("../../data/reference/offices/BDI.tsv"),
    ),
    (
        "offices/BEL.tsv",
        include_str!("../../data/reference/offices/BEL.tsv"),
    ),
    (
        "offices/BEN.tsv",
        include_str!("../../data/reference/offices/BEN.tsv"),
    ),
    (
        "offices/BFA.tsv",
        include_str!("../../data/reference/offices/BFA.tsv"),
    ),
    (
        "offices/BGD.tsv",
        include_str!("../../data/reference/offices/BGD.tsv"),
    ),
    (
        "offices/BGR.tsv",
        include_str!("../../data/reference/offices/BGR.tsv"),
    ),
    (
        "offices/BHR.tsv",
        include_str!("../../data/reference/offices/BHR.tsv"),
    ),
    (
        "offices/BHS.tsv",
        include_str!("../../data/reference/offices/BHS.tsv"),
    ),
    (
        "offices/BIH.tsv",
        include_str!("../../data/reference/offices/BIH.tsv"),
    ),
    (
        "offices/BLR.tsv",
        include_str!("../../data/reference/offices/BLR.tsv"),
    ),
    (
        "offices/BOL.tsv",
        include_str!("../../data/reference/offices/BOL.tsv"),
    ),
    (
        "offices/BRA.tsv",
        include_str!("../../data/reference/offices/BRA.tsv"),
    ),
    (
        "offices/BRB.tsv",
        include_str!("../../data/reference/offices/BRB.tsv"),
    ),
    (
        "offices/BRN.tsv",
        include_str!("../../data/reference/offices/BRN.tsv"),
    ),
    (
        "offices/BTN.tsv",
        include_str!("../../data/reference/offices/BTN.tsv"),
    ),
    (
        "offices/BWA.tsv",
        include_str!("../../data/reference/offices/BWA.tsv"),
    ),
    (
        "offices/CAF.tsv",
        include_str!("../../data/reference/offices/CAF.tsv"),
    ),
    (
        "offices/CAN.tsv",
        include_str!("../../data/reference/offices/CAN.tsv"),
    ),
    (
        "offices/CHE.tsv",
        include_str!("../../data/reference/offices/CHE.tsv"),
    ),
    (
        "offices/CHL.tsv",
        include_str!("../../data/reference/offices/CHL.tsv"),
    ),
    (
        "offices/CHN.tsv",
        include_str!("../../data/reference/offices/CHN.tsv"),
    ),
    (
        "offices/CIV.tsv",
        include_str!("../../data/reference/offices/CIV.tsv"),
    ),
    (
        "offices/CMR.tsv",
        include_str!("../../data/reference/offices/CMR.tsv"),
    ),
    (
        "offices/COD.tsv",
        include_str!("../../data/reference/offices/COD.tsv"),
    ),
    (
        "offices/COG.tsv",
        include_str!("../../data/reference/offices/COG.tsv"),
    ),
    (
        "offices/COL.tsv",
        include_str!("../../data/reference/offices/COL.tsv"),
    ),
    (
        "offices/CPV.tsv",
        include_str!("../../data/reference/offices/CPV.tsv"),
    ),
    (
        "offices/CRI.tsv",
        include_str!("../../data/reference/offices/CRI.tsv"),
    ),
    (
        "offices/CSK.tsv",
        include_str!("../../data/reference/offices/CSK.tsv"),
    ),
    (
        "offices/CUB.tsv",
        include_str!("../../data/reference/offices/CUB.tsv"),
    ),
    (
        "offices/CYP.tsv",
        include_str!("../../data/reference/offices/CYP.tsv"),
    ),
    (
        "offices/CZE.tsv",
        include_str!("../../data/reference/offices/CZE.tsv"),
    ),
    (
        "offices/DDR.tsv",
        include_str!("../../data/reference/offices/DDR.tsv"),
    ),
    (
        "offices/DEU.tsv",
        include_str!("../../data/reference/offices/DEU.tsv"),
    ),
    (
        "offices/DJI.tsv",
        include_str!("../../data/reference/offices/DJI.tsv"),
    ),
    (
        "offices/DNK.tsv",
        include_str!("../../data/reference/offices/DNK.tsv"),
    ),
    (
        "offices/DOM.tsv",
        include_str!("../../data/reference/offices/DOM.tsv"),
    ),
    (
        "offices/DZA.tsv",
        include_str!("../../data/reference/offices/DZA.tsv"),
    ),
    (
        "offices/ECU.tsv",
        include_str!("../../data/reference/offices/ECU.tsv"),
    ),
    (
        "offices/EGY.tsv",
        include_str!("../../data/reference/offices/EGY.tsv"),
    ),
    (
        "offices/ERI.tsv",
        include_str!("../../data/reference/offices/ERI.tsv"),
    ),
    (
        "offices/ESP.tsv",
        include_str!("../../data/reference/offices/ESP.tsv"),
    ),
    (
        "offices/EST.tsv",
        include_str!("../../data/reference/offices/EST.tsv"),
    ),
    (
        "offices/ETH.tsv",
        include_str!("../../data/reference/offices/ETH.tsv"),
    ),
    (
        "offices/EU.tsv",
        include_str!("../../data/reference/offices/EU.tsv"),
    ),
    (
        "offices/FIN.tsv",
        include_str!("../../data/reference/offices/FIN.tsv"),
    ),
    (
        "offices/FJI.tsv",
        include_str!("../../data/reference/offices/FJI.tsv"),
    ),
    (
        "offices/FRA.tsv",
        include_str!("../../data/reference/offices/FRA.tsv"),
    ),
    (
        "offices/FSM.tsv",
        include_str!("../../data/reference/offices/FSM.tsv"),
    ),
    (
        "offices/GAB.tsv",
        include_str!("../../data/reference/offices/GAB.tsv"),
    ),
    (
        "offices/GATT.tsv",
        include_str!("../../data/reference/offices/GATT.tsv"),
    ),
    (
        "offices/GBR.tsv",
        include_str!("../../data/reference/offices/GBR.tsv"),
    ),
    (
        "offices/GEO.tsv",
        include_str!("../../data/reference/offices/GEO.tsv"),
    ),
    (
        "offices/GHA.tsv",
        include_str!("../../data/reference/offices/GHA.tsv"),
    ),
    (
        "offices/GIN.tsv",
        include_str!("../../data/reference/offices/GIN.tsv"),
    ),
    (
        "offices/GMB.tsv",
        include_str!("../../data/reference/offices/GMB.tsv"),
    ),
    (
        "offices/GNQ.tsv",
        include_str!("../../data/reference/offices/GNQ.tsv"),
    ),
    (
        "offices/GRC.tsv",
        include_str!("../../data/reference/offices/GRC.tsv"),
    ),
    (
        "offices/GTM.tsv",
        include_str!("../../data/reference/offices/GTM.tsv"),
    ),
    (
        "offices/GUY.tsv",
        include_str!("../../data/reference/offices/GUY.tsv"),
    ),
    (
        "offices/HKG.tsv",
        include_str!("../../data/reference/offices/HKG.tsv"),
    ),
    (
        "offices/HND.tsv",
        include_str!("../../data/reference/offices/HND.tsv"),
    ),
    (
        "offices/HRV.tsv",
        include_str!("../../data/reference/offices/HRV.tsv"),
    ),
    (
        "offices/HTI.tsv",
        include_str!("../../data/reference/offices/HTI.tsv"),
    ),
    (
        "offices/HUN.tsv",
        include_str!("../../data/reference/offices/HUN.tsv"),
    ),
    (
        "offices/IADB.tsv",
        include_str!("../../data/reference/offices/IADB.tsv"),
    ),
    (
        "offices/IDN.tsv",
        include_str!("../../data/reference/offices/IDN.tsv"),
    ),
    (
        "offices/FAO.tsv",
        include_str!("../../data/reference/offices/FAO.tsv"),
    ),
    (
        "offices/IMF.tsv",
        include_str!("../../data/reference/offices/IMF.tsv"),
    ),
    (
        "offices/IND.tsv",
        include_str!("../../data/reference/offices/IND.tsv"),
    ),
    (
        "offices/IRL.tsv",
        include_str!("../../data/reference/offices/IRL.tsv"),
    ),
    (
        "offices/IRN.tsv",
        include_str!("../../data/reference/offices/IRN.tsv"),
    ),
    (
        "offices/IRQ.tsv",
        include_str!("../../data/reference/offices/IRQ.tsv"),
    ),
    (
        "offices/ISL.tsv",
        include_str!("../../data/reference/offices/ISL.tsv"),
    ),
    (
        "offices/ISR.tsv",
        include_str!("../../data/reference/offices/ISR.tsv"),
    ),
    (
        "offices/ITA.tsv",
        include_str!("../../data/reference/offices/ITA.tsv"),
    ),
    (
        "offices/JAM.tsv",
        include_str!("../../data/reference/offices/JAM.tsv"),
    ),
    (
        "offices/JOR.tsv",
        include_str!("../../data/reference/offices/JOR.tsv"),
    ),
    (
        "offices/JPN.tsv",
        include_str!("../../data/reference/offices/JPN.tsv"),
    ),
    (
        "offices/KAZ.tsv",
        include_str!("../../data/reference/offices/KAZ.tsv"),
    ),
    (
        "offices/KEN.tsv",
        include_str!("../../data/reference/offices/KEN.tsv"),
    ),
    (
        "offices/KGZ.tsv",
        include_str!("../../data/reference/offices/KGZ.tsv"),
    ),
    (
        "offices/KHM.tsv",
        include_str!("../../data/reference/offices/KHM.tsv"),
    ),
    (
        "offices/KIR.tsv",
        include_str!("../../data/reference/offices/KIR.tsv"),
    ),
    (
        "offices/KOR.tsv",
        include_str!("../../data/reference/offices/KOR.tsv"),
    ),
    (
        "offices/KWT.tsv",
        include_str!("../../data/reference/offices/KWT.tsv"),
    ),
    (
        "offices/LAO.tsv",
        include_str!("../../data/reference/offices/LAO.tsv"),
    ),
    (
        "offices/LBN.tsv",
        include_str!("../../data/reference/offices/LBN.tsv"),
    ),
    (
        "offices/LBR.tsv",
        include_str!("../../data/reference/offices/LBR.tsv"),
    ),
    (
        "offices/LBY.tsv",
        include_str!("../../data/reference/offices/LBY.tsv"),
    ),
    (
        "offices/LKA.tsv",
        include_str!("../../data/reference/offices/LKA.tsv"),
    ),
    (
        "offices/LTU.tsv",
        include_str!("../../data/reference/offices/LTU.tsv"),
    ),
    (
        "offices/LUX.tsv",
        include_str!("../../data/reference/offices/LUX.tsv"),
    ),
    (
        "offices/LVA.tsv",
        include_str!("../../data/reference/offices/LVA.tsv"),
    ),
    (
        "offices/MAR.tsv",
        include_str!("../../data/reference/offices/MAR.tsv"),
    ),
    (
        "offices/MDA.tsv",
        include_str!("../../data/reference/offices/MDA.tsv"),
    ),
    (
        "offices/MDG.tsv",
        include_str!("../../data/reference/offices/MDG.tsv"),
    ),
    (
        "offices/MDV.tsv",
        include_str!("../../data/reference/offices/MDV.tsv"),
    ),
    (
        "offices/MEX.tsv",
        include_str!("../../data/reference/offices/MEX.tsv"),
    ),
    (
        "offices/MHL.tsv",
        include_str!("../../data/reference/offices/MHL.tsv"),
    ),
    (
        "offices/MKD.tsv",
        include_str!("../../data/reference/offices/MKD.tsv"),
    ),
    (
        "offices/MLI.tsv",
        include_str!("../../data/reference/offices/MLI.tsv"),
    ),
    (
        "offices/MLT.tsv",
        include_str!("../../data/reference/offices/MLT.tsv"),
    ),
    (
        "offices/MMR.tsv",
        include_str!("../../data/reference/offices/MMR.tsv"),
    ),
    (
        "offices/MNE.tsv",
        include_str!("../../data/reference/offices/MNE.tsv"),
    ),
    (
        "offices/MNG.tsv",
        include_str!("../../data/reference/offices/MNG.tsv"),
    ),
    (
        "offices/MOZ.tsv",
        include_str!("../../data/reference/offices/MOZ.tsv"),
    ),
    (
        "offices/MRT.tsv",
        include_str!("../../data/reference/offices/MRT.tsv"),
    ),
    (
        "offices/MUS.tsv",
        include_str!("../../data/reference/offices/MUS.tsv"),
    ),
    (
        "offices/MWI.tsv",
        include_str!("../../data/reference/offices/MWI.tsv"),
    ),
    (
        "offices/MYS.tsv",
        include_str!("../../data/reference/offices/MYS.tsv"),
    ),
    (
        "offices/NAM.tsv",
        include_str!("../../data/reference/offices/NAM.tsv"),
    ),
    (
        "offices/NATO.tsv",
        include_str!("../../data/reference/offices/NATO.tsv"),
    ),
    (
        "offices/NER.tsv",
        include_str!("../../data/reference/offices/NER.tsv"),
    ),
    (
        "offices/NGA.tsv",
        include_str!("../../data/reference/offices/NGA.tsv"),
    ),
    (
        "offices/NIC.tsv",
        include_str!("../../data/reference/offices/NIC.tsv"),
    ),
    (
        "offices/NLD.tsv",
        include_str!("../../data/reference/offices/NLD.tsv"),
    ),
    (
        "offices/NOR.tsv",
        include_str!("../../data/reference/offices/NOR.tsv"),
    ),
    (
        "offices/NPL.tsv",
        include_str!("../../data/reference/offices/NPL.tsv"),
    ),
    (
        "offices/NRU.tsv",
        include_str!("../../data/reference/offices/NRU.tsv"),
    ),
    (
        "offices/NZL.tsv",
        include_str!("../../data/reference/offices/NZL.tsv"),
    ),
    (
        "offices/OECD.tsv",
        include_str!("../../data/reference/offices/OECD.tsv"),
    ),
    (
        "offices/OMN.tsv",
        include_str!("../../data/reference/offices/OMN.tsv"),
    ),
    (
        "offices/OPEC.tsv",
        include_str!("../../data/reference/offices/OPEC.tsv"),
    ),
    (
        "offices/PAK.tsv",
        include_str!("../../data/reference/offices/PAK.tsv"),
    ),
    (
        "offices/PAN.tsv",
        include_str!("../../data/reference/offices/PAN.tsv"),
    ),
    (
        "offices/PER.tsv",
        include_str!("../../data/reference/offices/PER.tsv"),
    ),
    (
        "offices/PHL.tsv",
        include_str!("../../data/reference/offices/PHL.tsv"),
    ),
    (
        "offices/PLW.tsv",
        include_str!("../../data/reference/offices/PLW.tsv"),
    ),
    (
        "offices/PNG.tsv",
        include_str!("../../data/reference/offices/PNG.tsv"),
    ),
    (
        "offices/POL.tsv",
        include_str!("../../data/reference/offices/POL.tsv"),
    ),
    (
        "offices/PRK.tsv",
        include_str!("../../data/reference/offices/PRK.tsv"),
    ),
    (
        "offices/PRT.tsv",
        include_str!("../../data/reference/offices/PRT.tsv"),
    ),
    (
        "offices/PRY.tsv",
        include_str!("../../data/reference/offices/PRY.tsv"),
    ),
    (
        "offices/PSE.tsv",
        include_str!("../../data/reference/offices/PSE.tsv"),
    ),
    (
        "offices/QAT.tsv",
        include_str!("../../data/reference/offices/QAT.tsv"),
    ),
    (
        "offices/ROU.tsv",
        include_str!("../../data/reference/offices/ROU.tsv"),
    ),
    (
        "offices/RUS.tsv",
        include_str!("../../data/reference/offices/RUS.tsv"),
    ),
    (
        "offices/RWA.tsv",
        include_str!("../../data/reference/offices/RWA.tsv"),
    ),
    (
        "offices/SAU.tsv",
        include_str!("../../data/reference/offices/SAU.tsv"),
    ),
    (
        "offices/SCG.tsv",
        include_str!("../../data/reference/offices/SCG.tsv"),
    ),
    (
        "offices/SDN.tsv",
        include_str!("../../data/reference/offices/SDN.tsv"),
    ),
    (
        "offices/SEN.tsv",
        include_str!("../../data/reference/offices/SEN.tsv"),
    ),
    (
        "offices/SGP.tsv",
        include_str!("../../data/reference/offices/SGP.tsv"),
    ),
    (
        "offices/SLB.tsv",
        include_str!("../../data/reference/offices/SLB.tsv"),
    ),
    (
        "offices/SLE.tsv",
        include_str!("../../data/reference/offices/SLE.tsv"),
    ),
    (
        "offices/SLV.tsv",
        include_str!("../../data/reference/offices/SLV.tsv"),
    ),
    (
        "offices/SOM.tsv",
        include_str!("../../data/reference/offices/SOM.tsv"),
    ),
    (
        "offices/SRB.tsv",
        include_str!("../../data/reference/offices/SRB.tsv"),
    ),
    (
        "offices/SSD.tsv",
        include_str!("../../data/reference/offices/SSD.tsv"),
    ),
    (
        "offices/SUN.tsv",
        include_str!("../../data/reference/offices/SUN.tsv"),
    ),
    (
        "offices/SUR.tsv",
        include_str!("../../data/reference/offices/SUR.tsv"),
    ),
    (
        "offices/SVK.tsv",
        include_str!("../../data/reference/offices/SVK.tsv"),
    ),
    (
        "offices/SVN.tsv",
        include_str!("../../data/reference/offices/SVN.tsv"),
    ),
    (
        "offices/SWE.tsv",
        include_str!("../../data/reference/offices/SWE.tsv"),
    ),
    (
        "offices/SWZ.tsv",
        include_str!("../../data/reference/offices/SWZ.tsv"),
    ),
    (
        "offices/SYR.tsv",
        include_str!("../../data/reference/offices/SYR.tsv"),
    ),
    (
        "offices/TCD.tsv",
        include_str!("../../data/reference/offices/TCD.tsv"),
    ),
    (
        "offices/TGO.tsv",
        include_str!("../../data/reference/offices/TGO.tsv"),
    ),
    (
        "offices/THA.tsv",
        include_str!("../../data/reference/offices/THA.tsv"),
    ),
    (
        "offices/TJK.tsv",
        include_str!("../../data/reference/offices/TJK.tsv"),
    ),
    (
        "offices/TKM.tsv",
        include_str!("../../data/reference/offices/TKM.tsv"),
    ),
    (
        "offices/TLS.tsv",
        include_str!("../../data/reference/offices/TLS.tsv"),
    ),
    (
        "offices/TON.tsv",
        include_str!("../../data/reference/offices/TON.tsv"),
    ),
    (
        "offices/TTO.tsv",
        include_str!("../../data/reference/offices/TTO.tsv"),
    ),
    (
        "offices/TUN.tsv",
        include_str!("../../data/reference/offices/TUN.tsv"),
    ),
    (
        "offices/TUR.tsv",
        include_str!("../../data/reference/offices/TUR.tsv"),
    ),
    (
        "offices/TUV.tsv",
        include_str!("../../data/reference/offices/TUV.tsv"),
    ),
    (
        "offices/TWN.tsv",
        include_str!("../../data/reference/offices/TWN.tsv"),
    ),
    (
        "offices/TZA.tsv",
        include_str!("../../data/reference/offices/TZA.tsv"),
    ),
    (
        "offices/UGA.tsv",
        include_str!("../../data/reference/offices/UGA.tsv"),
    ),
    (
        "offices/UKR.tsv",
        include_str!("../../data/reference/offices/UKR.tsv"),
    ),
    (
        "offices/UN.tsv",
        include_str!("../../data/reference/offices/UN.tsv"),
    ),
    (
        "offices/URY.tsv",
        include_str!("../../data/reference/offices/URY.tsv"),
    ),
    (
        "offices/USA.tsv",
        include_str!("../../data/reference/offices/USA.tsv"),
    ),
    (
        "offices/UZB.tsv",
        include_str!("../../data/reference/offices/UZB.tsv"),
    ),
    (
        "offices/VAT.tsv",
        include_str!("../../data/reference/offices/VAT.tsv"),
    ),
    (
        "offices/VEN.tsv",
        include_str!("../../data/reference/offices/VEN.tsv"),
    ),
    (
        "offices/VNM.tsv",
        include_str!("../../data/reference/offices/VNM.tsv"),
    ),
    (
        "offices/VUT.tsv",
        include_str!("../../data/reference/offices/VUT.tsv"),
    ),
    (
        "offices/WORLD-BANK.tsv",
        include_str!("../../data/reference/offices/WORLD-BANK.tsv"),
    ),
    (
        "offices/WSM.tsv",
        include_str!("../../data/reference/offices/WSM.tsv"),
    ),
    (
        "offices/XKX.tsv",
        include_str!("../../data/reference/offices/XKX.tsv"),
    ),
    (
        "offices/YEM.tsv",
        include_str!("../../data/reference/offices/YEM.tsv"),
    ),
    (
        "offices/YUG.tsv",
        include_str!("../../data/reference/offices/YUG.tsv"),
    ),
    (
        "offices/ZAF.tsv",
        include_str!("../../data/reference/offices/ZAF.tsv"),
    ),
    (
        "offices/ZMB.tsv",
        include_str!("../../data/reference/offices/ZMB.tsv"),
    ),
    (
        "offices/ZWE.tsv",
        include_str!("../../data/reference/offices/ZWE.tsv"),
    ),
];

/// One row of a table: cells by column name, with its file and line.
#[derive(Debug, Clone)]
pub struct Row {
    pub file: String,
    pub line: usize,
    cells: HashMap<String, String>,
}

impl Row {
    /// A cell, `None` when empty or absent.
    pub fn get(&self, col: &str) -> Option<&str> {
        self.cells
            .get(col)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }

    /// A cell that must be present.
    pub fn req(&self, col: &str) -> Result<&str, KbError> {
        self.get(col)
            .ok_or_else(|| self.err(format!("expected a value in column \"{col}\", found none")))
    }

    /// A `|`-separated list cell.
    pub fn list(&self, col: &str) -> Vec<String> {
        self.get(col)
            .map(|s| {
                s.split('|')
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn date(&self, col: &str) -> Result<Option<NaiveDate>, KbError> {
        match self.get(col) {
            None => Ok(None),
            Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| {
                    self.err(format!(
                    "expected a date such as \"2016-03-22\" in column \"{col}\", but found \"{s}\""
                ))
                }),
        }
    }

    pub fn float(&self, col: &str) -> Result<f64, KbError> {
        let s = self.req(col)?;
        s.parse::<f64>().map_err(|_| {
            self.err(format!(
                "expected a number in column \"{col}\", but found \"{s}\""
            ))
        })
    }

    pub fn err(&self, message: String) -> KbError {
        KbError::Table {
            file: self.file.clone(),
            line: self.line,
            message,
        }
    }
}

/// Parses a tab-separated table: `#` comments, blank lines skipped, first
/// other line is the header.
pub fn parse(file: &str, text: &str, required: &[&str]) -> Result<Vec<Row>, KbError> {
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() || l.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = l.split('\t').collect();
        match &header {
            None => {
                let h: Vec<String> = cells.iter().map(|c| c.trim().to_string()).collect();
                for r in required {
                    if !h.iter().any(|c| c == r) {
                        return Err(KbError::Table {
                            file: file.to_string(),
                            line,
                            message: format!(
                                "expected a column \"{r}\" in the header, found \"{}\"",
                                h.join(" ")
                            ),
                        });
                    }
                }
                header = Some(h);
            }
            Some(h) => {
                if cells.len() > h.len() {
                    return Err(KbError::Table {
                        file: file.to_string(),
                        line,
                        message: format!(
                            "expected at most {} tab-separated cells, found {}",
                            h.len(),
                            cells.len()
                        ),
                    });
                }
                let cells = h
                    .iter()
                    .zip(cells.iter())
                    .map(|(k, v)| (k.clone(), v.to_string()))
                    .collect();
                rows.push(Row {
                    file: file.to_string(),
                    line,
                    cells,
                });
            }
        }
    }
    Ok(rows)
}

/// The raw tables, before indexing: each a list of rows in file order.
#[derive(Debug, Default, Clone)]
pub struct Tables {
    pub countries: Vec<Row>,
    pub places: Vec<Row>,
    pub organizations: Vec<Row>,
    pub titles: Vec<Row>,
    /// Historical sovereignty: who held a country's places on a date.
    pub sovereignty: Vec<Row>,
    /// (file stem: the country or organization the offices belong to, rows)
    pub offices: Vec<(String, Vec<Row>)>,
    /// Clubs of states and their members over time (`memberships.tsv`).
    pub memberships: Vec<Row>,
}

pub const COUNTRY_COLS: &[&str] = &["code3", "name"];
pub const PLACE_COLS: &[&str] = &["place_id", "name", "kind", "country"];
pub const ORG_COLS: &[&str] = &["actor_id", "name"];
pub const TITLE_COLS: &[&str] = &["phrase", "office"];
pub const OFFICE_COLS: &[&str] = &["actor_id", "office", "start"];
pub const SOVEREIGNTY_COLS: &[&str] = &["country", "held_by", "from", "to"];

impl Tables {
    /// Adds one file's contents; `path` is relative to the reference root
    /// (`countries.tsv`, `offices/RUS.tsv`); `shown` names it in errors.
    /// Unknown files are ignored.
    pub fn add(&mut self, path: &str, shown: &str, text: &str) -> Result<(), KbError> {
        self.add_file(path, shown, text, true)
    }

    /// [`Tables::add`]; `user` rows for an actor replace its tenures from
    /// earlier files, while built-in files only add (a person may hold
    /// offices in several countries and organizations).
    fn add_file(&mut self, path: &str, shown: &str, text: &str, user: bool) -> Result<(), KbError> {
        let path = path.replace('\\', "/");
        match path.as_str() {
            "countries.tsv" => {
                let rows = parse(shown, text, COUNTRY_COLS)?;
                replace_by(&mut self.countries, rows, "code3");
            }
            "places.tsv" => {
                let rows = parse(shown, text, PLACE_COLS)?;
                replace_by(&mut self.places, rows, "place_id");
            }
            "organizations.tsv" => {
                let rows = parse(shown, text, ORG_COLS)?;
                replace_by(&mut self.organizations, rows, "actor_id");
            }
            "titles.tsv" => {
                let rows = parse(shown, text, TITLE_COLS)?;
                replace_by(&mut self.titles, rows, "phrase");
            }
            "sovereignty.tsv" => {
                // A user's rows come first: the first matching row wins.
                let mut rows = parse(shown, text, SOVEREIGNTY_COLS)?;
                if user {
                    rows.append(&mut self.sovereignty);
                    self.sovereignty = rows;
                } else {
                    self.sovereignty.append(&mut rows);
                }
            }
            "memberships.tsv" => {
                // Intervals: a user's rows add to the built-in ones.
                let mut rows = parse(shown, text, super::memberships::MEMBERSHIP_COLS)?;
                self.memberships.append(&mut rows);
            }
            p => {
                if let Some(stem) = p
                    .strip_prefix("offices/")
                    .and_then(|f| f.strip_suffix(".tsv"))
                {
                    let rows = parse(shown, text, OFFICE_COLS)?;
                    // A user's rows for an actor replace all its built-in tenures.
                    let ids: std::collections::HashSet<String> = rows
                        .iter()
                        .filter_map(|r| r.get("actor_id").map(String::from))
                        .collect();
                    if user {
                        for (_, old) in self.offices.iter_mut() {
                            old.retain(|r| r.get("actor_id").is_none_or(|id| !ids.contains(id)));
                        }
                    }
                    self.offices.push((stem.to_string(), rows));
                }
            }
        }
        Ok(())
    }

    /// The built-in tables.
    pub fn builtin() -> Result<Tables, KbError> {
        let mut t = Tables::default();
        for (path, text) in BUILTIN {
            t.add_file(path, &format!("data/reference/{path}"), text, false)?;
        }
        Ok(t)
    }

    /// Adds the tables of a user directory (same layout as `data/reference/`).
    pub fn add_dir(&mut self, dir: &Path) -> Result<(), KbError> {
        let io = |p: &Path, e: std::io::Error| KbError::Io {
            path: p.display().to_string(),
            source: e,
        };
        if !dir.is_dir() {
            return Err(io(
                dir,
                std::io::Error::new(std::io::ErrorKind::NotFound, "not a directory"),
            ));
        }
        let mut files: Vec<String> = Vec::new();
        for name in [
            "countries.tsv",
            "places.tsv",
            "organizations.tsv",
            "titles.tsv",
            "sovereignty.tsv",
            "memberships.tsv",
        ] {
            if dir.join(name).is_file() {
                files.push(name.to_string());
            }
        }
        let od = dir.join("offices");
        if od.is_dir() {
            let mut names: Vec<String> = std::fs::read_dir(&od)
                .map_err(|e| io(&od, e))?
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".tsv"))
                .collect();
            names.sort();
            files.extend(names.into_iter().map(|n| format!("offices/{n}")));
        }
        for f in files {
            let p = dir.join(&f);
            let text = std::fs::read_to_string(&p).map_err(|e| io(&p, e))?;
            self.add(&f, &p.display().to_string(), &text)?;
        }
        Ok(())
    }
}

/// Appends `new` rows to `old`; a new row whose `key` equals an old one's
/// replaces it (in place).
fn replace_by(old: &mut Vec<Row>, new: Vec<Row>, key: &str) {
    // key (lower case) -> its row's position, built once: tables are large
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, o) in old.iter().enumerate() {
        if let Some(k) = o.get(key) {
            at.entry(k.to_lowercase()).or_insert(i); // the first, as before
        }
    }
    for r in new {
        match r.get(key).map(str::to_lowercase) {
            Some(k) => match at.get(&k) {
                Some(&i) => old[i] = r,
                None => {
                    at.insert(k, old.len());
                    old.push(r);
                }
            },
            None => old.push(r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_reports_file_and_line() {
        let text = "# c\nactor_id\toffice\tstart\nx\tpresident\t2020-13-01\n";
        let rows = parse("offices/X.tsv", text, OFFICE_COLS).unwrap();
        let e = rows[0].date("start").unwrap_err().to_string();
        assert!(
            e.starts_with("expected a date") && e.ends_with("(offices/X.tsv:3)"),
            "{e}"
        );
        let e = parse("f.tsv", "a\tb\n", OFFICE_COLS)
            .unwrap_err()
            .to_string();
        assert!(e.contains("f.tsv:1") && e.contains("actor_id"), "{e}");
        let e = parse(
            "f.tsv",
            "actor_id\toffice\tstart\na\tb\tc\td\n",
            OFFICE_COLS,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("f.tsv:2"), "{e}");
    }

    #[test]
    fn user_rows_replace_builtin_ones() {
        let mut t = Tables::default();
        t.add(
            "places.tsv",
            "a",
            "place_id\tname\tkind\tcountry\nx\tX\tcity\tFRA\n",
        )
        .unwrap();
        t.add(
            "places.tsv",
            "b",
            "place_id\tname\tkind\tcountry\nx\tY\tcity\tFRA\ny\tZ\tcity\tFRA\n",
        )
        .unwrap();
        assert_eq!(t.places.len(), 2);
        assert_eq!(t.places[0].get("name"), Some("Y"));
    }
}
