import type { Choice } from "../../forms/definition.js";
import { choices, type Text } from "./text.js";

const YES: Text = { en: "Yes", uk: "Так", ru: "Да", pl: "Tak", ro: "Da" };
const NO: Text = { en: "No", uk: "Ні", ru: "Нет", pl: "Nie", ro: "Nu" };
const DECLINE: Text = {
  en: "Prefer not to say",
  uk: "Не хочу відповідати",
  ru: "Не хочу отвечать",
  pl: "Wolę nie odpowiadać",
  ro: "Prefer să nu răspund",
};
const DONT_KNOW: Text = { en: "Don't know", uk: "Не знаю", ru: "Не знаю", pl: "Nie wiem", ro: "Nu știu" };
const OTHER_COUNTRY: Text = {
  en: "Another country",
  uk: "Інша країна",
  ru: "Другая страна",
  pl: "Inny kraj",
  ro: "Altă țară",
};

export const YES_NO = choices([
  ["yes", YES],
  ["no", NO],
]);
export const YES_NO_DECLINE = choices([
  ["yes", YES],
  ["no", NO],
  ["decline", DECLINE],
]);
export const YES_NO_UNKNOWN = choices([
  ["yes", YES],
  ["no", NO],
  ["dont_know", DONT_KNOW],
]);

/** The countries of the regional response by ISO 3166 code; anything else is "other" with a text answer. */
const COUNTRIES = choices([
  ["UA", { en: "Ukraine", uk: "Україна", ru: "Украина", pl: "Ukraina", ro: "Ucraina" }],
  ["MD", { en: "Moldova", uk: "Молдова", ru: "Молдова", pl: "Mołdawia", ro: "Republica Moldova" }],
  ["PL", { en: "Poland", uk: "Польща", ru: "Польша", pl: "Polska", ro: "Polonia" }],
  ["RO", { en: "Romania", uk: "Румунія", ru: "Румыния", pl: "Rumunia", ro: "România" }],
  ["SK", { en: "Slovakia", uk: "Словаччина", ru: "Словакия", pl: "Słowacja", ro: "Slovacia" }],
  ["HU", { en: "Hungary", uk: "Угорщина", ru: "Венгрия", pl: "Węgry", ro: "Ungaria" }],
  ["CZ", { en: "Czechia", uk: "Чехія", ru: "Чехия", pl: "Czechy", ro: "Cehia" }],
  ["DE", { en: "Germany", uk: "Німеччина", ru: "Германия", pl: "Niemcy", ro: "Germania" }],
  ["LT", { en: "Lithuania", uk: "Литва", ru: "Литва", pl: "Litwa", ro: "Lituania" }],
  ["AT", { en: "Austria", uk: "Австрія", ru: "Австрия", pl: "Austria", ro: "Austria" }],
  ["IT", { en: "Italy", uk: "Італія", ru: "Италия", pl: "Włochy", ro: "Italia" }],
  ["ES", { en: "Spain", uk: "Іспанія", ru: "Испания", pl: "Hiszpania", ro: "Spania" }],
  ["FR", { en: "France", uk: "Франція", ru: "Франция", pl: "Francja", ro: "Franța" }],
  ["BG", { en: "Bulgaria", uk: "Болгарія", ru: "Болгария", pl: "Bułgaria", ro: "Bulgaria" }],
  [
    "GB",
    { en: "United Kingdom", uk: "Велика Британія", ru: "Великобритания", pl: "Wielka Brytania", ro: "Regatul Unit" },
  ],
  ["TR", { en: "Türkiye", uk: "Туреччина", ru: "Турция", pl: "Turcja", ro: "Turcia" }],
  ["BY", { en: "Belarus", uk: "Білорусь", ru: "Беларусь", pl: "Białoruś", ro: "Belarus" }],
  ["RU", { en: "Russia", uk: "Росія", ru: "Россия", pl: "Rosja", ro: "Rusia" }],
  ["other", OTHER_COUNTRY],
]);

export const COUNTRY: Choice[] = COUNTRIES;
export const CITIZENSHIP: Choice[] = [
  ...COUNTRIES,
  {
    name: "stateless",
    label: {
      en: "No citizenship",
      uk: "Без громадянства",
      ru: "Без гражданства",
      pl: "Bez obywatelstwa",
      ro: "Fără cetățenie",
    },
  },
];
export const DESTINATION: Choice[] = [
  ...COUNTRIES,
  {
    name: "not_decided",
    label: {
      en: "Not decided yet",
      uk: "Ще не вирішили",
      ru: "Ещё не решили",
      pl: "Jeszcze nie wiem",
      ro: "Încă nu am decis",
    },
  },
];

export const LANGUAGE = choices([
  ["uk", { en: "Ukrainian", uk: "Українська", ru: "Украинский", pl: "Ukraiński", ro: "Ucraineană" }],
  ["ru", { en: "Russian", uk: "Російська", ru: "Русский", pl: "Rosyjski", ro: "Rusă" }],
  ["ro", { en: "Romanian", uk: "Румунська", ru: "Румынский", pl: "Rumuński", ro: "Română" }],
  ["pl", { en: "Polish", uk: "Польська", ru: "Польский", pl: "Polski", ro: "Poloneză" }],
  ["en", { en: "English", uk: "Англійська", ru: "Английский", pl: "Angielski", ro: "Engleză" }],
  ["romani", { en: "Romani", uk: "Ромська", ru: "Цыганский (романи)", pl: "Romski", ro: "Romani" }],
  ["other", { en: "Another language", uk: "Інша мова", ru: "Другой язык", pl: "Inny język", ro: "Altă limbă" }],
]);

export const SITE = choices([
  [
    "border_crossing",
    {
      en: "Border crossing",
      uk: "Пункт пропуску на кордоні",
      ru: "Пункт пропуска на границе",
      pl: "Przejście graniczne",
      ro: "Punct de trecere a frontierei",
    },
  ],
  [
    "transit_centre",
    {
      en: "Transit centre",
      uk: "Транзитний центр",
      ru: "Транзитный центр",
      pl: "Punkt tranzytowy",
      ro: "Centru de tranzit",
    },
  ],
  [
    "collective_shelter",
    {
      en: "Collective shelter",
      uk: "Місце компактного проживання",
      ru: "Место компактного проживания",
      pl: "Miejsce zbiorowego zakwaterowania",
      ro: "Centru de cazare colectivă",
    },
  ],
  [
    "station",
    {
      en: "Railway or bus station",
      uk: "Залізничний або автовокзал",
      ru: "Железнодорожный или автовокзал",
      pl: "Dworzec kolejowy lub autobusowy",
      ro: "Gară sau autogară",
    },
  ],
  ["other", { en: "Other place", uk: "Інше місце", ru: "Другое место", pl: "Inne miejsce", ro: "Alt loc" }],
]);

export const SEX = choices([
  ["female", { en: "Female", uk: "Жіноча", ru: "Женский", pl: "Kobieta", ro: "Feminin" }],
  ["male", { en: "Male", uk: "Чоловіча", ru: "Мужской", pl: "Mężczyzna", ro: "Masculin" }],
  ["decline", DECLINE],
]);

/** The needs most often named at screening points (food, hygiene items, clothing, medicines …). */
export const NEEDS = choices([
  ["food", { en: "Food", uk: "Їжа", ru: "Еда", pl: "Jedzenie", ro: "Hrană" }],
  [
    "hygiene",
    {
      en: "Hygiene items",
      uk: "Засоби гігієни",
      ru: "Средства гигиены",
      pl: "Środki higieniczne",
      ro: "Produse de igienă",
    },
  ],
  ["clothing", { en: "Clothes", uk: "Одяг", ru: "Одежда", pl: "Ubrania", ro: "Haine" }],
  ["medicines", { en: "Medicines", uk: "Ліки", ru: "Лекарства", pl: "Leki", ro: "Medicamente" }],
  [
    "shelter",
    {
      en: "A place to stay",
      uk: "Місце, де можна зупинитися",
      ru: "Место, где можно остановиться",
      pl: "Miejsce noclegowe",
      ro: "Un loc unde să stau",
    },
  ],
  ["transport", { en: "Transport", uk: "Транспорт", ru: "Транспорт", pl: "Transport", ro: "Transport" }],
  [
    "medical",
    {
      en: "A doctor or medical care",
      uk: "Лікар або медична допомога",
      ru: "Врач или медицинская помощь",
      pl: "Lekarz lub pomoc medyczna",
      ro: "Un medic sau îngrijire medicală",
    },
  ],
  [
    "legal",
    {
      en: "Legal advice",
      uk: "Юридична консультація",
      ru: "Юридическая консультация",
      pl: "Porada prawna",
      ro: "Consiliere juridică",
    },
  ],
  [
    "psychosocial",
    {
      en: "Someone to talk to, emotional support",
      uk: "Психологічна підтримка, з ким поговорити",
      ru: "Психологическая поддержка, с кем поговорить",
      pl: "Wsparcie psychologiczne, rozmowa z kimś",
      ro: "Sprijin emoțional, cineva cu care să vorbesc",
    },
  ],
  [
    "information",
    {
      en: "Information (rights, services, the journey)",
      uk: "Інформація (права, послуги, дорога)",
      ru: "Информация (права, услуги, дорога)",
      pl: "Informacje (prawa, usługi, podróż)",
      ro: "Informații (drepturi, servicii, drum)",
    },
  ],
  [
    "documents",
    {
      en: "Help with documents",
      uk: "Допомога з документами",
      ru: "Помощь с документами",
      pl: "Pomoc w sprawie dokumentów",
      ro: "Ajutor cu documentele",
    },
  ],
  [
    "none",
    { en: "Nothing right now", uk: "Зараз нічого", ru: "Сейчас ничего", pl: "Teraz niczego", ro: "Nimic deocamdată" },
  ],
]);

/** Needs answered in a question become rule needs with these service types. */
export const NEED_SERVICES: Readonly<Record<string, readonly string[]>> = {
  food: ["food"],
  hygiene: ["non_food_items"],
  clothing: ["non_food_items"],
  medicines: ["non_food_items"],
  shelter: ["shelter"],
  transport: ["transport"],
  medical: ["medical"],
  legal: ["legal"],
  psychosocial: ["mhpss"],
  information: ["information"],
  documents: ["documents"],
};
