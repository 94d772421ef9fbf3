import type { Choice } from "../../../forms/definition.js";
import {
  CITIZENSHIP,
  COUNTRY,
  DESTINATION,
  LANGUAGE,
  NEEDS,
  SEX,
  SITE,
  YES_NO,
  YES_NO_DECLINE,
} from "../common-choices.js";
import { choices } from "../text.js";

const AGE_BAND = choices([
  [
    "child",
    {
      en: "Child (under 18)",
      uk: "Дитина (до 18 років)",
      ru: "Ребёнок (до 18 лет)",
      pl: "Dziecko (poniżej 18 lat)",
      ro: "Copil (sub 18 ani)",
    },
  ],
  [
    "adult",
    {
      en: "Adult (18 to 59)",
      uk: "Доросла людина (18–59 років)",
      ru: "Взрослый (18–59 лет)",
      pl: "Osoba dorosła (18–59 lat)",
      ro: "Adult (18–59 ani)",
    },
  ],
  [
    "older",
    {
      en: "Older person (60 or over)",
      uk: "Літня людина (60 років і старше)",
      ru: "Пожилой человек (60 лет и старше)",
      pl: "Osoba starsza (60 lat lub więcej)",
      ro: "Persoană în vârstă (60 de ani sau peste)",
    },
  ],
]);

const TRAVEL_WITH = choices([
  ["alone", { en: "Alone", uk: "Сам / сама", ru: "Один / одна", pl: "Sam / sama", ro: "Singur / singură" }],
  ["family", { en: "With my family", uk: "З родиною", ru: "С семьёй", pl: "Z rodziną", ro: "Cu familia" }],
  [
    "group",
    {
      en: "With a group of people I know",
      uk: "З групою знайомих людей",
      ru: "С группой знакомых людей",
      pl: "Z grupą znajomych osób",
      ro: "Cu un grup de oameni pe care îi cunosc",
    },
  ],
  [
    "recent_contact",
    {
      en: "With someone I met recently, or who organised my trip",
      uk: "З людиною, з якою нещодавно познайомилися, або з тим, хто організував поїздку",
      ru: "С человеком, с которым недавно познакомились, или с тем, кто организовал поездку",
      pl: "Z osobą, którą niedawno poznałem/poznałam, lub z organizatorem podróży",
      ro: "Cu cineva pe care l-am cunoscut de curând sau care mi-a organizat călătoria",
    },
  ],
]);

const CHILD_CARE = choices([
  [
    "parent",
    {
      en: "My mother or father, or my legal guardian",
      uk: "Мама чи тато або мій законний опікун",
      ru: "Мама или папа либо мой законный опекун",
      pl: "Mama lub tata albo mój opiekun prawny",
      ro: "Mama sau tata ori tutorele meu legal",
    },
  ],
  [
    "relative",
    { en: "Another relative", uk: "Інший родич", ru: "Другой родственник", pl: "Inny krewny", ro: "O altă rudă" },
  ],
  [
    "unrelated_adult",
    {
      en: "An adult who is not a relative",
      uk: "Дорослий, який не є родичем",
      ru: "Взрослый, который не является родственником",
      pl: "Dorosły, który nie jest krewnym",
      ro: "Un adult care nu îmi este rudă",
    },
  ],
  [
    "alone",
    {
      en: "Nobody, I am on my own",
      uk: "Ніхто, я сам / сама",
      ru: "Никто, я один / одна",
      pl: "Nikt, jestem sam / sama",
      ro: "Nimeni, sunt singur / singură",
    },
  ],
]);

const WG = choices([
  [
    "none",
    {
      en: "No, no difficulty",
      uk: "Ні, труднощів немає",
      ru: "Нет, трудностей нет",
      pl: "Nie, żadnych trudności",
      ro: "Nu, nicio dificultate",
    },
  ],
  [
    "some",
    {
      en: "Yes, some difficulty",
      uk: "Так, є певні труднощі",
      ru: "Да, есть некоторые трудности",
      pl: "Tak, pewne trudności",
      ro: "Da, unele dificultăți",
    },
  ],
  [
    "a_lot",
    {
      en: "Yes, a lot of difficulty",
      uk: "Так, значні труднощі",
      ru: "Да, значительные трудности",
      pl: "Tak, duże trudności",
      ro: "Da, multe dificultăți",
    },
  ],
  [
    "cannot",
    { en: "Cannot do at all", uk: "Не можу зовсім", ru: "Не могу совсем", pl: "W ogóle nie mogę", ro: "Nu pot deloc" },
  ],
]);

const NOT_FREE = choices([
  ["no", { en: "No", uk: "Ні", ru: "Нет", pl: "Nie", ro: "Nu" }],
  [
    "yes_past",
    {
      en: "Yes, in the past",
      uk: "Так, у минулому",
      ru: "Да, в прошлом",
      pl: "Tak, w przeszłości",
      ro: "Da, în trecut",
    },
  ],
  ["yes_now", { en: "Yes, now", uk: "Так, зараз", ru: "Да, сейчас", pl: "Tak, teraz", ro: "Da, acum" }],
  [
    "decline",
    {
      en: "Prefer not to say",
      uk: "Не хочу відповідати",
      ru: "Не хочу отвечать",
      pl: "Wolę nie odpowiadać",
      ro: "Prefer să nu răspund",
    },
  ],
]);

const SIGNS = choices([
  [
    "someone_answers",
    {
      en: "Someone else answered for the person or would not leave them alone",
      uk: "Хтось інший відповідав замість людини або не залишав її саму",
      ru: "Кто-то другой отвечал за человека или не оставлял его одного",
      pl: "Ktoś inny odpowiadał za tę osobę albo nie zostawiał jej samej",
      ro: "Altcineva a răspuns în locul persoanei sau nu a lăsat-o singură",
    },
  ],
  [
    "fearful",
    {
      en: "The person seemed afraid, anxious or watched",
      uk: "Людина здавалася наляканою, тривожною або такою, за якою стежать",
      ru: "Человек казался напуганным, встревоженным или находящимся под наблюдением",
      pl: "Osoba wydawała się przestraszona, zaniepokojona lub obserwowana",
      ro: "Persoana părea speriată, neliniștită sau supravegheată",
    },
  ],
  [
    "scripted",
    {
      en: "The story seemed rehearsed or did not fit together",
      uk: "Розповідь здавалася завченою або не складалася докупи",
      ru: "Рассказ казался заученным или не складывался",
      pl: "Opowieść wydawała się wyuczona lub niespójna",
      ro: "Povestea părea învățată pe de rost sau nu se lega",
    },
  ],
  [
    "injuries",
    {
      en: "Visible injuries or signs of neglect",
      uk: "Помітні травми або ознаки занедбаності",
      ru: "Заметные травмы или признаки запущенности",
      pl: "Widoczne obrażenia lub oznaki zaniedbania",
      ro: "Răni vizibile sau semne de neglijare",
    },
  ],
  [
    "none",
    {
      en: "None of these",
      uk: "Нічого з переліченого",
      ru: "Ничего из перечисленного",
      pl: "Nic z powyższych",
      ro: "Niciunul dintre acestea",
    },
  ],
]);

export const RAPID_CHOICE_LISTS: Record<string, Choice[]> = {
  yes_no: YES_NO,
  yes_no_decline: YES_NO_DECLINE,
  site: SITE,
  sex: SEX,
  language: LANGUAGE,
  age_band: AGE_BAND,
  citizenship: CITIZENSHIP,
  country: COUNTRY,
  destination: DESTINATION,
  travel_with: TRAVEL_WITH,
  child_care: CHILD_CARE,
  wg: WG,
  needs: NEEDS,
  not_free: NOT_FREE,
  signs: SIGNS,
};
