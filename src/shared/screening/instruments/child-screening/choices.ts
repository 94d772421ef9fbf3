import type { Choice } from "../../../forms/definition.js";
import { CITIZENSHIP, LANGUAGE, NEEDS, SITE, YES_NO, YES_NO_DECLINE, YES_NO_UNKNOWN } from "../common-choices.js";
import { choices } from "../text.js";

const SEX_CHILD = choices([
  ["female", { en: "Girl", uk: "Дівчина", ru: "Девочка", pl: "Dziewczynka", ro: "Fată" }],
  ["male", { en: "Boy", uk: "Хлопець", ru: "Мальчик", pl: "Chłopiec", ro: "Băiat" }],
  [
    "decline",
    {
      en: "Prefer not to say",
      uk: "Не хочу відповідати",
      ru: "Не хочу отвечать",
      pl: "Wolę nie mówić",
      ro: "Prefer să nu spun",
    },
  ],
]);

const CARE = choices([
  [
    "alone",
    {
      en: "I am on my own",
      uk: "Я сам / сама",
      ru: "Я один / одна",
      pl: "Jestem sam / sama",
      ro: "Sunt singur / singură",
    },
  ],
  [
    "other_children",
    {
      en: "Only with other children",
      uk: "Лише з іншими дітьми",
      ru: "Только с другими детьми",
      pl: "Tylko z innymi dziećmi",
      ro: "Doar cu alți copii",
    },
  ],
  [
    "relative",
    {
      en: "With an adult relative (not my mother or father)",
      uk: "З дорослим родичем (не з мамою чи татом)",
      ru: "Со взрослым родственником (не с мамой или папой)",
      pl: "Z dorosłym krewnym (nie z mamą ani tatą)",
      ro: "Cu o rudă adultă (nu cu mama sau tata)",
    },
  ],
  [
    "unrelated_adult",
    {
      en: "With an adult who is not a relative",
      uk: "З дорослим, який не є родичем",
      ru: "Со взрослым, который не является родственником",
      pl: "Z dorosłym, który nie jest krewnym",
      ro: "Cu un adult care nu îmi este rudă",
    },
  ],
  [
    "institution",
    {
      en: "With staff of a children's home, school or other institution",
      uk: "З працівниками дитячого будинку, школи чи іншого закладу",
      ru: "С сотрудниками детского дома, школы или другого учреждения",
      pl: "Z personelem domu dziecka, szkoły lub innej placówki",
      ro: "Cu personalul unei case de copii, al unei școli sau al altei instituții",
    },
  ],
]);

const ADULT_RELATIONSHIP = choices([
  [
    "family_friend",
    {
      en: "A family friend or neighbour",
      uk: "Друг родини або сусід",
      ru: "Друг семьи или сосед",
      pl: "Przyjaciel rodziny lub sąsiad",
      ro: "Un prieten al familiei sau un vecin",
    },
  ],
  [
    "met_on_journey",
    {
      en: "I met them on the way",
      uk: "Ми познайомилися в дорозі",
      ru: "Мы познакомились в дороге",
      pl: "Poznaliśmy się w drodze",
      ro: "L-am cunoscut pe drum",
    },
  ],
  [
    "arranged_by_someone",
    {
      en: "Someone arranged for them to take me",
      uk: "Хтось домовився, щоб ця людина мене забрала",
      ru: "Кто-то договорился, чтобы этот человек меня забрал",
      pl: "Ktoś załatwił, żeby ta osoba mnie zabrała",
      ro: "Cineva a aranjat ca această persoană să mă ia",
    },
  ],
  ["other", { en: "Another way", uk: "Інакше", ru: "Иначе", pl: "Inaczej", ro: "Altfel" }],
]);

const SEPARATION_WHEN = choices([
  [
    "before_journey",
    {
      en: "Before the journey",
      uk: "Ще до подорожі",
      ru: "Ещё до поездки",
      pl: "Jeszcze przed podróżą",
      ro: "Înainte de călătorie",
    },
  ],
  [
    "during_journey",
    {
      en: "During the journey",
      uk: "Під час подорожі",
      ru: "Во время поездки",
      pl: "W czasie podróży",
      ro: "În timpul călătoriei",
    },
  ],
  ["at_border", { en: "At the border", uk: "На кордоні", ru: "На границе", pl: "Na granicy", ro: "La frontieră" }],
  ["dont_know", { en: "Don't know", uk: "Не знаю", ru: "Не знаю", pl: "Nie wiem", ro: "Nu știu" }],
]);

const GUARDIAN_DOCUMENTS = choices([
  [
    "valid",
    {
      en: "A valid power of attorney, guardianship decision or written consent of the parents",
      uk: "Дійсна довіреність, рішення про опіку або письмова згода батьків",
      ru: "Действительная доверенность, решение об опеке или письменное согласие родителей",
      pl: "Ważne pełnomocnictwo, postanowienie o opiece lub pisemna zgoda rodziców",
      ro: "O procură valabilă, o decizie de tutelă sau acordul scris al părinților",
    },
  ],
  [
    "unclear",
    {
      en: "Documents, but unclear or possibly not valid",
      uk: "Документи є, але незрозумілі або, можливо, недійсні",
      ru: "Документы есть, но неясные или, возможно, недействительные",
      pl: "Dokumenty są, ale niejasne lub być może nieważne",
      ro: "Documente neclare sau posibil nevalabile",
    },
  ],
  [
    "none",
    { en: "No documents", uk: "Документів немає", ru: "Документов нет", pl: "Brak dokumentów", ro: "Niciun document" },
  ],
]);

const MATCH = choices([
  [
    "yes",
    { en: "Yes, they match", uk: "Так, збігаються", ru: "Да, совпадают", pl: "Tak, są zgodne", ro: "Da, se potrivesc" },
  ],
  [
    "no",
    {
      en: "No, they do not match",
      uk: "Ні, не збігаються",
      ru: "Нет, не совпадают",
      pl: "Nie, nie są zgodne",
      ro: "Nu, nu se potrivesc",
    },
  ],
  [
    "not_checked",
    {
      en: "Could not check",
      uk: "Не вдалося перевірити",
      ru: "Не удалось проверить",
      pl: "Nie udało się sprawdzić",
      ro: "Nu s-a putut verifica",
    },
  ],
]);

const CHILD_DOCUMENTS = choices([
  ["passport", { en: "Passport", uk: "Паспорт", ru: "Паспорт", pl: "Paszport", ro: "Pașaport" }],
  [
    "birth_certificate",
    {
      en: "Birth certificate",
      uk: "Свідоцтво про народження",
      ru: "Свидетельство о рождении",
      pl: "Akt urodzenia",
      ro: "Certificat de naștere",
    },
  ],
  [
    "id_card",
    { en: "Identity card", uk: "ID-картка", ru: "ID-карта", pl: "Dowód osobisty", ro: "Carte de identitate" },
  ],
  ["none", { en: "None", uk: "Жодного", ru: "Никаких", pl: "Żadnych", ro: "Niciunul" }],
]);

const SLEEP = choices([
  [
    "family_known",
    {
      en: "With family or people I know well",
      uk: "З родиною або людьми, яких я добре знаю",
      ru: "С семьёй или людьми, которых я хорошо знаю",
      pl: "Z rodziną lub z osobami, które dobrze znam",
      ro: "Cu familia sau cu oameni pe care îi cunosc bine",
    },
  ],
  [
    "arranged",
    {
      en: "In a place arranged by the authorities or an organisation",
      uk: "У місці, яке підготувала влада або організація",
      ru: "В месте, которое подготовили власти или организация",
      pl: "W miejscu zapewnionym przez władze lub organizację",
      ro: "Într-un loc pregătit de autorități sau de o organizație",
    },
  ],
  [
    "recent_contact",
    {
      en: "With someone I met recently",
      uk: "З людиною, з якою нещодавно познайомився / познайомилася",
      ru: "С человеком, с которым недавно познакомился / познакомилась",
      pl: "U kogoś, kogo niedawno poznałem / poznałam",
      ro: "Cu cineva pe care l-am cunoscut de curând",
    },
  ],
  ["dont_know", { en: "I don't know", uk: "Я не знаю", ru: "Я не знаю", pl: "Nie wiem", ro: "Nu știu" }],
]);

export const CHILD_CHOICE_LISTS: Record<string, Choice[]> = {
  yes_no: YES_NO,
  yes_no_decline: YES_NO_DECLINE,
  yes_no_unknown: YES_NO_UNKNOWN,
  site: SITE,
  sex_child: SEX_CHILD,
  language: LANGUAGE,
  citizenship: CITIZENSHIP,
  care: CARE,
  adult_relationship: ADULT_RELATIONSHIP,
  separation_when: SEPARATION_WHEN,
  guardian_documents: GUARDIAN_DOCUMENTS,
  match: MATCH,
  child_documents: CHILD_DOCUMENTS,
  sleep: SLEEP,
  needs: NEEDS,
};
