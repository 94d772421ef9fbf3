/**
 * `vic_ForcedLabourIndustry`: the 21 sections of ISIC Rev. 4, named as HTCDS 2.0 names them (the section
 * letter leads so that the code alone identifies the section).
 */
export const FORCED_LABOUR_INDUSTRIES = [
  "A_AgricultureForestryAndFishing",
  "B_MiningAndQuarrying",
  "C_Manufacturing",
  "D_ElectricityGasSteamAndAirConditioningSupply",
  "E_WaterSupplySewerageWasteManagement",
  "F_Construction",
  "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
  "H_TransportationAndStorage",
  "I_AccommodationAndFoodServiceActivities",
  "J_InformationAndCommunication",
  "K_FinancialAndInsuranceActivities",
  "L_RealEstateActivities",
  "M_ProfessionalScientificAndTechnicalActivities",
  "N_AdministrativeAndSupportServiceActivities",
  "O_PublicAdministrationAndDefence",
  "P_Education",
  "Q_HumanHealthAndSocialWorkActivities",
  "R_ArtsEntertainmentAndRecreation",
  "S_OtherServiceActivities",
  "T_ActivitiesOfHouseholdsAsEmployers",
  "U_ActivitiesOfExtraterritorialOrganizations",
] as const;
export type ForcedLabourIndustry = (typeof FORCED_LABOUR_INDUSTRIES)[number];

/** The ISIC section letter of an industry value ("F" for `F_Construction`). */
export function isicSection(industry: ForcedLabourIndustry): string {
  return industry.slice(0, 1);
}
