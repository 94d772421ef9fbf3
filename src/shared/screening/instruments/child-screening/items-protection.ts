// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import type { Question } from "../../../forms/definition.js";
import { calculate, group, NONE_ALONE, NONE_EXCLUSIVE, question, select, type Text } from "../text.js";
import { ASSENTED } from "./items-care.js";

const FOR_SCREENER: Text = {
  en: "For the screener: your own observation. Do not ask the child.",
  uk: "Для працівника: Ваше власне спостереження. Не запитуйте дитину.",
  ru: "Для сотрудника: Ваше собственное наблюдение. Не спрашивайте ребёнка.",
  pl: "Dla pracownika: Twoja własna obserwacja. Nie pytaj dziecka.",
  ro: "Pentru lucrător: propria dumneavoastră observație. Nu îl întrebați pe copil.",
};

const askChild = (name: string, label: Text): Question => select(name, "select_one", "yes_no_decline", label);

/**
 * A best-interests procedure is due for a child without a safe adult, with an adult whose authority
 * is not shown, or who has been harmed.
 */
const BEST_INTERESTS_NEEDED =
  "if(${care_situation} = 'alone' or ${care_situation} = 'other_children' or ${care_situation} = 'unrelated_adult' or ${guardian_documents} = 'none' or ${guardian_documents} = 'unclear' or ${accounts_match} = 'no' or ${harmed} = 'yes', 'yes', 'no')";

export const PROTECTION_GROUP = group(
  "protection",
  { en: "Safety", uk: "Безпека", ru: "Безопасность", pl: "Bezpieczeństwo", ro: "Siguranță" },
  [
    select("sleep_tonight", "select_one", "sleep", {
      en: "Where will you sleep tonight?",
      uk: "Де ти сьогодні ночуватимеш?",
      ru: "Где ты сегодня будешь ночевать?",
      pl: "Gdzie będziesz dziś spać?",
      ro: "Unde vei dormi în noaptea asta?",
    }),
    askChild("stranger_offers", {
      en: "Has someone you don't know offered you a lift, a place to stay, work or money?",
      uk: "Чи пропонував тобі хтось незнайомий підвезти, житло, роботу або гроші?",
      ru: "Предлагал ли тебе кто-то незнакомый подвезти, жильё, работу или деньги?",
      pl: "Czy ktoś obcy proponował ci podwiezienie, nocleg, pracę albo pieniądze?",
      ro: "Ți-a oferit cineva necunoscut să te ducă cu mașina, un loc unde să stai, de lucru sau bani?",
    }),
    askChild("asked_work_pay", {
      en: "Has anyone asked you to work, or to pay them, for your journey or for a place to stay?",
      uk: "Чи вимагав від тебе хтось працювати або платити за дорогу чи житло?",
      ru: "Требовал ли от тебя кто-нибудь работать или платить за дорогу или жильё?",
      pl: "Czy ktoś kazał ci pracować albo płacić za podróż lub nocleg?",
      ro: "Ți-a cerut cineva să muncești sau să plătești pentru drum sau pentru un loc unde să stai?",
    }),
    select("onward_plan", "select_one", "yes_no_unknown", {
      en: "Is someone planning to take you on to another city or country?",
      uk: "Чи планує хтось повезти тебе далі, до іншого міста чи країни?",
      ru: "Собирается ли кто-то везти тебя дальше, в другой город или страну?",
      pl: "Czy ktoś planuje zabrać cię dalej, do innego miasta lub kraju?",
      ro: "Plănuiește cineva să te ducă mai departe, în alt oraș sau în altă țară?",
    }),
    askChild("harmed", {
      en: "Has anyone hurt you, or done things to you that made you feel bad or scared?",
      uk: "Чи кривдив тебе хтось або робив щось, від чого тобі було погано чи страшно?",
      ru: "Обижал ли тебя кто-нибудь или делал что-то, от чего тебе было плохо или страшно?",
      pl: "Czy ktoś cię skrzywdził albo zrobił coś, przez co czułeś / czułaś się źle lub się bałeś / bałaś?",
      ro: "Ți-a făcut cineva rău sau ți-a făcut lucruri care te-au făcut să te simți rău sau speriat?",
    }),
    select("urgent_medical", "select_one", "yes_no", {
      en: "Are you hurt or ill, and do you need a doctor now?",
      uk: "Ти поранений / поранена або хворий / хвора і тобі зараз потрібен лікар?",
      ru: "Ты ранен / ранена или болен / больна и тебе сейчас нужен врач?",
      pl: "Czy jesteś ranny / ranna albo chory / chora i potrzebujesz teraz lekarza?",
      ro: "Ești rănit sau bolnav și ai nevoie acum de un medic?",
    }),
    select(
      "needs",
      "select_multiple",
      "needs",
      {
        en: "What do you need right now?",
        uk: "Що тобі зараз потрібно?",
        ru: "Что тебе сейчас нужно?",
        pl: "Czego teraz potrzebujesz?",
        ro: "De ce ai nevoie acum?",
      },
      { constraint: NONE_EXCLUSIVE, constraintMessage: NONE_ALONE },
    ),
    select(
      "afraid_of_adult",
      "select_one",
      "yes_no",
      {
        en: "Does the child seem afraid of the accompanying adult?",
        uk: "Чи здається, що дитина боїться дорослого, який її супроводжує?",
        ru: "Кажется ли, что ребёнок боится сопровождающего взрослого?",
        pl: "Czy dziecko wydaje się bać towarzyszącego mu dorosłego?",
        ro: "Copilul pare să se teamă de adultul însoțitor?",
      },
      { relevant: "${guardian_present} = 'yes'", hint: FOR_SCREENER },
    ),
    select(
      "severe_distress",
      "select_one",
      "yes_no",
      {
        en: "Does the child show signs of severe distress (cannot stop crying, does not respond, panics, talks about self-harm)?",
        uk: "Чи має дитина ознаки сильного дистресу (не може заспокоїтися, не реагує, панікує, говорить про самоушкодження)?",
        ru: "Есть ли у ребёнка признаки сильного дистресса (не может успокоиться, не реагирует, паникует, говорит о самоповреждении)?",
        pl: "Czy dziecko wykazuje oznaki silnego stresu (nie może przestać płakać, nie reaguje, panikuje, mówi o samookaleczeniu)?",
        ro: "Copilul prezintă semne de suferință gravă (nu se poate opri din plâns, nu reacționează, intră în panică, vorbește despre autovătămare)?",
      },
      { hint: FOR_SCREENER },
    ),
  ],
  ASSENTED,
);

export const BEST_INTERESTS_GROUP = group(
  "best_interests",
  {
    en: "Best interests (for the screener)",
    uk: "Найкращі інтереси дитини (для працівника)",
    ru: "Наилучшие интересы ребёнка (для сотрудника)",
    pl: "Najlepszy interes dziecka (dla pracownika)",
    ro: "Interesul superior al copilului (pentru lucrător)",
  },
  [
    select("authority_informed", "select_one", "yes_no", {
      en: "Has the child protection authority been informed about this child?",
      uk: "Чи повідомлено службу у справах дітей про цю дитину?",
      ru: "Сообщено ли об этом ребёнке в орган опеки и попечительства?",
      pl: "Czy organ ochrony dzieci został powiadomiony o tym dziecku?",
      ro: "A fost informată autoritatea pentru protecția copilului despre acest copil?",
    }),
    select("bip_open", "select_one", "yes_no_unknown", {
      en: "Has a best-interests assessment or procedure already been opened for this child?",
      uk: "Чи вже розпочато для цієї дитини оцінку або процедуру визначення найкращих інтересів?",
      ru: "Начата ли уже для этого ребёнка оценка или процедура определения наилучших интересов?",
      pl: "Czy dla tego dziecka wszczęto już ocenę lub procedurę ustalenia najlepszego interesu?",
      ro: "A fost deja deschisă o evaluare sau o procedură privind interesul superior al acestui copil?",
    }),
    calculate("bip_needed", BEST_INTERESTS_NEEDED),
    question(
      "bip_note",
      "note",
      {
        en: "A best-interests procedure is needed: refer the child to the child protection authority today.",
        uk: "Потрібна процедура визначення найкращих інтересів: сьогодні ж направте дитину до служби у справах дітей.",
        ru: "Нужна процедура определения наилучших интересов: сегодня же направьте ребёнка в орган опеки и попечительства.",
        pl: "Potrzebna jest procedura ustalenia najlepszego interesu dziecka: jeszcze dziś skieruj dziecko do organu ochrony dzieci.",
        ro: "Este necesară procedura privind interesul superior: trimiteți copilul astăzi la autoritatea pentru protecția copilului.",
      },
      { relevant: "${bip_needed} = 'yes' and ${bip_open} != 'yes'" },
    ),
    select(
      "consent_refer",
      "select_one",
      "yes_no",
      {
        en: "Has the child (and the responsible adult or authority, where appropriate) agreed to a referral?",
        uk: "Чи погодилася дитина (і, за потреби, відповідальний дорослий або орган) на направлення?",
        ru: "Согласился ли ребёнок (и, при необходимости, ответственный взрослый или орган) на направление?",
        pl: "Czy dziecko (oraz w razie potrzeby odpowiedzialny dorosły lub organ) zgodziło się na skierowanie?",
        ro: "Copilul (și, după caz, adultul responsabil sau autoritatea) a fost de acord cu trimiterea?",
      },
      {
        hint: {
          en: "When the child's safety requires it, refer to child protection even without agreement, and explain this to the child.",
          uk: "Якщо цього вимагає безпека дитини, направляйте до служби захисту дітей навіть без згоди й поясніть це дитині.",
          ru: "Если этого требует безопасность ребёнка, направляйте в службу защиты детей даже без согласия и объясните это ребёнку.",
          pl: "Jeśli wymaga tego bezpieczeństwo dziecka, skieruj je do służb ochrony dzieci nawet bez zgody i wyjaśnij to dziecku.",
          ro: "Când siguranța copilului o cere, trimiteți-l la protecția copilului chiar și fără acord și explicați-i acest lucru.",
        },
      },
    ),
    question(
      "screener_notes",
      "text",
      { en: "Notes", uk: "Примітки", ru: "Примечания", pl: "Uwagi", ro: "Note" },
      { appearance: "multiline" },
    ),
  ],
  ASSENTED,
);
