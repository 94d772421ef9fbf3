// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import type { FormDefinition } from "../../../forms/definition.js";
import { YES_NO } from "../common-choices.js";
import { choices, FORM_LANGUAGES, group, question, select } from "../text.js";
import { DELPHI_CHOICE_LISTS, DELPHI_GROUPS } from "./delphi-items.js";

const CONSENTED = "${consent_record} = 'yes'";

const PERSON_GROUP = choices([
  ["adult", { en: "Adult", uk: "Доросла особа", ru: "Взрослый", pl: "Osoba dorosła", ro: "Adult" }],
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
]);

const EXPLOITATION_TYPE = choices([
  [
    "labour",
    {
      en: "Labour exploitation",
      uk: "Трудова експлуатація",
      ru: "Трудовая эксплуатация",
      pl: "Wyzysk w pracy",
      ro: "Exploatare prin muncă",
    },
  ],
  [
    "sexual",
    {
      en: "Sexual exploitation",
      uk: "Сексуальна експлуатація",
      ru: "Сексуальная эксплуатация",
      pl: "Wykorzystanie seksualne",
      ro: "Exploatare sexuală",
    },
  ],
]);

const SOURCES = choices([
  [
    "interview",
    {
      en: "Interview with the person",
      uk: "Розмова з особою",
      ru: "Беседа с человеком",
      pl: "Rozmowa z osobą",
      ro: "Interviu cu persoana",
    },
  ],
  ["documents", { en: "Documents", uk: "Документи", ru: "Документы", pl: "Dokumenty", ro: "Documente" }],
  [
    "observation",
    {
      en: "Your observation",
      uk: "Ваше спостереження",
      ru: "Ваше наблюдение",
      pl: "Własna obserwacja",
      ro: "Observația dumneavoastră",
    },
  ],
  [
    "third_party",
    {
      en: "Another organisation or the authorities",
      uk: "Інша організація або органи влади",
      ru: "Другая организация или органы власти",
      pl: "Inna organizacja lub władze",
      ro: "O altă organizație sau autoritățile",
    },
  ],
]);

const START = group("start", { en: "Start", uk: "Початок", ru: "Начало", pl: "Początek", ro: "Început" }, [
  question("intro_note", "note", {
    en: "For trained staff. Complete after an interview in a safe place, using what the person said, documents and your observations. Tick an indicator only when information supports it. The result supports your judgement; it does not replace formal identification.",
    uk: "Для підготовлених працівників. Заповнюйте після розмови в безпечному місці на основі того, що розповіла особа, документів і Ваших спостережень. Позначайте індикатор лише тоді, коли його підтверджує інформація. Результат допомагає Вашому судженню, але не замінює офіційної ідентифікації.",
    ru: "Для подготовленных сотрудников. Заполняйте после беседы в безопасном месте на основе того, что рассказал человек, документов и Ваших наблюдений. Отмечайте индикатор, только если его подтверждает информация. Результат помогает Вашему суждению, но не заменяет официальной идентификации.",
    pl: "Dla przeszkolonych pracowników. Wypełnij po rozmowie w bezpiecznym miejscu, na podstawie tego, co powiedziała osoba, dokumentów i własnych obserwacji. Zaznacz wskaźnik tylko wtedy, gdy potwierdzają go informacje. Wynik wspiera Twoją ocenę, ale nie zastępuje formalnej identyfikacji.",
    ro: "Pentru personal instruit. Completați după un interviu într-un loc sigur, pe baza a ceea ce a spus persoana, a documentelor și a observațiilor dumneavoastră. Bifați un indicator doar când informațiile îl susțin. Rezultatul vă sprijină judecata, dar nu înlocuiește identificarea oficială.",
  }),
  select(
    "consent_record",
    "select_one",
    "yes_no",
    {
      en: "Has the person agreed that this assessment is recorded?",
      uk: "Чи погодилася особа, щоб цю оцінку було записано?",
      ru: "Согласился ли человек, чтобы эта оценка была записана?",
      pl: "Czy osoba zgodziła się na zapisanie tej oceny?",
      ro: "Persoana a fost de acord ca această evaluare să fie înregistrată?",
    },
    { required: "yes" },
  ),
]);

const CONTEXT = group(
  "context",
  { en: "Situation", uk: "Ситуація", ru: "Ситуация", pl: "Sytuacja", ro: "Situația" },
  [
    select(
      "person_group",
      "select_one",
      "person_group",
      {
        en: "Was the person under 18 when the recruitment or exploitation took place?",
        uk: "Чи було особі менше 18 років, коли відбувалися вербування або експлуатація?",
        ru: "Было ли человеку меньше 18 лет, когда происходили вербовка или эксплуатация?",
        pl: "Czy osoba miała mniej niż 18 lat, gdy doszło do werbunku lub wyzysku?",
        ro: "Avea persoana sub 18 ani când a avut loc recrutarea sau exploatarea?",
      },
      {
        required: "yes",
        hint: {
          en: "If unsure and the person may have been under 18, choose child.",
          uk: "Якщо є сумнів і особі могло бути менше 18 років, оберіть «дитина».",
          ru: "Если есть сомнение и человеку могло быть меньше 18 лет, выберите «ребёнок».",
          pl: "W razie wątpliwości, jeśli osoba mogła mieć mniej niż 18 lat, wybierz „dziecko”.",
          ro: "Dacă nu sunteți sigur și persoana putea avea sub 18 ani, alegeți „copil”.",
        },
      },
    ),
    select(
      "exploitation_type",
      "select_one",
      "exploitation_type",
      {
        en: "Which form of exploitation does the information point to?",
        uk: "На яку форму експлуатації вказує інформація?",
        ru: "На какую форму эксплуатации указывает информация?",
        pl: "Na jaką formę wyzysku wskazują informacje?",
        ro: "Spre ce formă de exploatare indică informațiile?",
      },
      {
        required: "yes",
        hint: {
          en: "If there are signs of both, complete this assessment once for each.",
          uk: "Якщо є ознаки обох, заповніть цю оцінку окремо для кожної.",
          ru: "Если есть признаки обеих, заполните эту оценку отдельно для каждой.",
          pl: "Jeśli są oznaki obu form, wypełnij tę ocenę osobno dla każdej z nich.",
          ro: "Dacă există semne pentru ambele, completați această evaluare separat pentru fiecare.",
        },
      },
    ),
    select(
      "in_danger_now",
      "select_one",
      "yes_no",
      {
        en: "Is the person in danger now (for example, the exploiters know where they are, or expect them back today)?",
        uk: "Чи перебуває особа в небезпеці зараз (наприклад, експлуататори знають, де вона, або чекають її назад сьогодні)?",
        ru: "Находится ли человек в опасности сейчас (например, эксплуататоры знают, где он, или ждут его обратно сегодня)?",
        pl: "Czy osoba jest teraz w niebezpieczeństwie (na przykład wyzyskujący wiedzą, gdzie jest, lub oczekują jej powrotu jeszcze dziś)?",
        ro: "Este persoana în pericol acum (de exemplu, exploatatorii știu unde se află sau o așteaptă înapoi astăzi)?",
      },
      { required: "yes" },
    ),
    select("information_sources", "select_multiple", "sources", {
      en: "Where does the information come from?",
      uk: "Звідки походить інформація?",
      ru: "Откуда получена информация?",
      pl: "Skąd pochodzą informacje?",
      ro: "De unde provin informațiile?",
    }),
  ],
  CONSENTED,
);

const CLOSING = group(
  "closing",
  { en: "Referral", uk: "Направлення", ru: "Направление", pl: "Skierowanie", ro: "Trimitere" },
  [
    select("consent_refer", "select_one", "yes_no", {
      en: "Has the person agreed to be referred for assistance?",
      uk: "Чи погодилася особа на направлення для отримання допомоги?",
      ru: "Согласился ли человек на направление для получения помощи?",
      pl: "Czy osoba zgodziła się na skierowanie do pomocy?",
      ro: "Persoana a fost de acord să fie trimisă pentru asistență?",
    }),
    question(
      "assessor_notes",
      "text",
      { en: "Notes", uk: "Примітки", ru: "Примечания", pl: "Uwagi", ro: "Note" },
      { appearance: "multiline" },
    ),
  ],
  CONSENTED,
);

/** The ILO/EC operational indicators as a structured assessment; the list follows age and type of exploitation. */
export const INDICATORS_ASSESSMENT_FORM: FormDefinition = {
  formId: "indicators_assessment",
  version: "1.0.0",
  title: {
    en: "Trafficking indicators assessment",
    uk: "Оцінка за індикаторами торгівлі людьми",
    ru: "Оценка по индикаторам торговли людьми",
    pl: "Ocena według wskaźników handlu ludźmi",
    ro: "Evaluare pe baza indicatorilor de trafic de persoane",
  },
  defaultLanguage: "en",
  languages: FORM_LANGUAGES,
  items: [START, CONTEXT, ...DELPHI_GROUPS.map((g) => ({ ...g, relevant: `${CONSENTED} and ${g.relevant}` })), CLOSING],
  choiceLists: {
    yes_no: YES_NO,
    person_group: PERSON_GROUP,
    exploitation_type: EXPLOITATION_TYPE,
    sources: SOURCES,
    ...DELPHI_CHOICE_LISTS,
  },
};
