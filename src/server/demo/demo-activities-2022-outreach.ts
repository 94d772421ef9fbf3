import { awareness, between, type DemoActivity, on } from "./demo-activities-builders.js";

/** Awareness and communication of the seed period (May 2022), in the report's "advocacy" section. */

export const AWARENESS_2022: readonly DemoActivity[] = [
  {
    key: "by-2022-05-leaflets",
    office: "BY",
    title: "Leaflets on support services for trafficking survivors",
    narrative:
      "The office printed 6,000 leaflets on where survivors of trafficking find support and handed them all out through government agencies and NGOs across the country.",
    partners: ["Government agencies", "NGOs"],
    ...between("2022-05-02", "2022-05-31"),
    details: awareness({
      materials: [{ material: "leaflet", languages: ["ru", "uk"], produced: 6000, printed: 6000, distributed: 6000 }],
      languages: ["ru", "uk"],
      channels: ["print"],
    }),
  },
  {
    key: "cz-2022-05-social-media",
    office: "CZ",
    title: "Social media campaign on trafficking risks",
    narrative: "A social media campaign started to warn people fleeing Ukraine of the risks of trafficking.",
    ...between("2022-05-09", "2022-05-31"),
    details: awareness({
      materials: [{ material: "social_media_post", languages: ["uk", "cs", "ru"] }],
      languages: ["uk", "cs", "ru"],
      channels: ["social_media"],
    }),
  },
  {
    key: "fr-2022-05-volunteer-leaflet",
    office: "FR",
    title: "Leaflet for volunteers meeting people from Ukraine",
    narrative:
      "A leaflet for volunteers explains what trafficking is and which frontline organisations can identify and support victims.",
    ...between("2022-05-02", "2022-05-31"),
    details: awareness({
      materials: [{ material: "leaflet", languages: ["fr"] }],
      languages: ["fr"],
      channels: ["print", "face_to_face"],
    }),
  },
  {
    key: "de-2022-05-risk-flyer",
    office: "DE",
    title: "Flyer on trafficking, sexual exploitation and gender-based violence",
    narrative:
      "With a national helpline and a national anti-trafficking network, the office wrote a flyer on the risks people from Ukraine face. Of 12,000 printed in four languages, 9,500 have gone to federal ministries, journalists, counselling centres and to people directly. The federal police turned it into a poster and a brochure shown on a railway information portal and on underground screens; on social media it reached about 450,000 people.",
    partners: ["A national helpline for women", "A national anti-trafficking network", "The federal police"],
    ...between("2022-05-02", "2022-05-31"),
    details: awareness({
      materials: [
        { material: "flyer", languages: ["en", "de", "ru", "uk"], printed: 12_000, distributed: 9500 },
        { material: "poster", languages: ["de", "uk"] },
        { material: "brochure", languages: ["de", "uk"] },
      ],
      languages: ["en", "de", "ru", "uk"],
      channels: ["print", "social_media", "public_transport"],
      reach: { views: 450_000 },
    }),
  },
  {
    key: "de-2022-05-decent-work-flyer",
    office: "DE",
    title: "Flyer on decent work and labour exploitation",
    narrative:
      "A second flyer, made with a UN labour agency and the federal employment agency, explains how to find decent work and how to recognise labour exploitation; it is being handed out widely.",
    partners: ["A UN labour agency", "The federal employment agency"],
    ...between("2022-05-02", "2022-05-31"),
    details: awareness({
      materials: [{ material: "flyer", languages: ["uk", "ru", "en", "de"] }],
      languages: ["uk", "ru", "en", "de"],
      channels: ["print"],
    }),
  },
  {
    key: "gr-2022-05-information",
    office: "GR",
    title: "Information on safe migration, work and rights at accommodation sites",
    narrative:
      "At open accommodation sites the office gives Ukrainians information on safe migration, employment and labour rights, and on the hotlines they can call.",
    ...between("2022-05-02", "2022-05-31"),
    details: awareness({
      materials: [
        { material: "information_session", languages: ["uk", "el"] },
        { material: "hotline_promotion", languages: ["uk"] },
      ],
      languages: ["uk"],
      channels: ["shelter", "face_to_face"],
    }),
  },
  {
    key: "mt-2022-05-hotlines",
    office: "MT",
    title: "Hotline information shared with ambassadors and a migrants' commission",
    narrative:
      "The office told three non-resident ambassadors accredited to Malta and an NGO migrants' commission about its work in the Ukraine response and its hotlines.",
    partners: ["Non-resident ambassadors", "An NGO migrants' commission"],
    ...between("2022-05-02", "2022-05-31"),
    details: awareness({ materials: [{ material: "hotline_promotion" }], channels: ["face_to_face"] }),
  },
  {
    key: "md-2022-05-mobile-teams",
    office: "MD",
    title: "Mobile teams: trafficking risks and voluntary return",
    narrative:
      "All through May, mobile teams told refugees and third-country nationals about trafficking risks and about voluntary return and reintegration for third-country nationals leaving Ukraine; they met 780 people.",
    ...between("2022-05-01", "2022-05-31"),
    details: awareness({
      materials: [{ material: "mobile_outreach", languages: ["uk", "ru", "ro", "en"] }],
      languages: ["uk", "ru", "ro", "en"],
      channels: ["face_to_face", "border_crossing", "transit_centre"],
      reach: { peopleMet: 780 },
    }),
  },
  {
    key: "pl-2022-05-interview-materials",
    office: "PL",
    title: "Interview for Ukrainians in Poland; materials for border guard posts",
    narrative:
      "With the Ukrainian office, staff spoke on an online television channel for Ukrainians in Poland about trafficking risks and where to find help. Information materials went to local border guard posts, and leaflets are still being handed to refugees.",
    partners: ["Country office — Ukraine", "An online television channel for Ukrainians", "The national border guard"],
    ...between("2022-05-02", "2022-05-31"),
    details: awareness({
      materials: [
        { material: "interview", languages: ["uk"] },
        { material: "leaflet", languages: ["uk", "pl"] },
      ],
      languages: ["uk"],
      channels: ["online_media", "border_crossing"],
    }),
  },
  {
    key: "ua-2022-05-national-campaign",
    office: "UA",
    title: "Nationwide campaign on preventing trafficking",
    narrative:
      "With the support of a donor's delegation, the office ran a nationwide campaign for Ukrainians fleeing the war; its messages reached 9.9 million people. Over 178,000 leaflets and posters on safe migration went to displaced people and communities hit by the fighting, and the office helped make a series of videos for an online channel for Ukrainians in Poland.",
    partners: ["A donor's delegation to Ukraine"],
    ...between("2022-04-11", "2022-05-31"),
    details: awareness({
      campaign: "Safe journey, safe work",
      materials: [
        { material: "leaflet", languages: ["uk"], printed: 165_000, distributed: 160_500 },
        { material: "poster", languages: ["uk"], printed: 18_000, distributed: 17_500 },
        { material: "video", languages: ["uk"] },
      ],
      languages: ["uk"],
      channels: ["print", "television", "online_media", "social_media"],
      reach: { views: 9_900_000 },
    }),
  },
  {
    key: "se-2022-05-helpline-info",
    office: "SE",
    title: "Helpline information on the gender equality agency's website",
    narrative:
      "The office gave the national gender equality agency details of its helpline for Ukrainians; the agency now shows them on its website.",
    partners: ["The national gender equality agency"],
    ...between("2022-05-02", "2022-05-31"),
    details: awareness({ materials: [{ material: "hotline_promotion" }], channels: ["online_media"] }),
  },
  {
    key: "sk-2022-05-12-orientation",
    office: "SK",
    title: "Orientation event on safe work and trafficking",
    narrative:
      "At one of the regular meetings run by an NGO and the city of Bratislava, the office spoke about finding work safely and avoiding trafficking.",
    partners: ["A refugee support NGO", "City of Bratislava"],
    place: "Bratislava",
    ...on("2022-05-12"),
    details: awareness({
      materials: [{ material: "information_session", languages: ["uk", "sk"] }],
      channels: ["face_to_face"],
    }),
  },
];
