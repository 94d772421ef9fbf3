// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import type { Question } from "../../../forms/definition.js";
import { group, NONE_ALONE, NONE_EXCLUSIVE, question, select, type Text } from "../text.js";
import { CONSENTED } from "./items-person.js";

const riskQuestion = (name: string, label: Text, relevant?: string): Question =>
  select(name, "select_one", "yes_no_decline", label, relevant === undefined ? {} : { relevant });

export const NEEDS_GROUP = group(
  "needs_section",
  { en: "Needs", uk: "Потреби", ru: "Потребности", pl: "Potrzeby", ro: "Nevoi" },
  [
    select(
      "needs",
      "select_multiple",
      "needs",
      {
        en: "What do you need most right now?",
        uk: "Чого Вам зараз найбільше потрібно?",
        ru: "Что Вам сейчас нужнее всего?",
        pl: "Czego teraz najbardziej Pan/Pani potrzebuje?",
        ro: "De ce aveți cea mai mare nevoie acum?",
      },
      {
        hint: {
          en: "Read out the options. Choose all that apply.",
          uk: "Зачитайте варіанти. Позначте все, що підходить.",
          ru: "Зачитайте варианты. Отметьте всё, что подходит.",
          pl: "Przeczytaj odpowiedzi. Zaznacz wszystkie pasujące.",
          ro: "Citiți variantele cu voce tare. Alegeți tot ce se potrivește.",
        },
        constraint: NONE_EXCLUSIVE,
        constraintMessage: NONE_ALONE,
      },
    ),
    question("needs_other", "text", {
      en: "Is there anything else you need?",
      uk: "Чи потрібно Вам ще щось?",
      ru: "Нужно ли Вам ещё что-нибудь?",
      pl: "Czy potrzebuje Pan/Pani czegoś jeszcze?",
      ro: "Mai aveți nevoie de altceva?",
    }),
  ],
  CONSENTED,
);

export const RISK_GROUP = group(
  "risks",
  {
    en: "Work and travel safety",
    uk: "Безпека роботи й подорожі",
    ru: "Безопасность работы и поездки",
    pl: "Bezpieczeństwo pracy i podróży",
    ro: "Siguranța muncii și a călătoriei",
  },
  [
    question("risk_note", "note", {
      en: 'Say: "Some people on the move are offered work or help that turns out to be a trap. These questions help us see whether you might need protection. You can skip any of them."',
      uk: "Скажіть: «Деяким людям у дорозі пропонують роботу чи допомогу, яка виявляється пасткою. Ці запитання допомагають нам зрозуміти, чи не потрібен Вам захист. Ви можете пропустити будь-яке з них».",
      ru: "Скажите: «Некоторым людям в дороге предлагают работу или помощь, которая оказывается ловушкой. Эти вопросы помогают нам понять, не нужна ли Вам защита. Вы можете пропустить любой из них».",
      pl: "Powiedz: „Niektórym osobom w podróży proponuje się pracę lub pomoc, która okazuje się pułapką. Te pytania pomagają nam sprawdzić, czy potrzebuje Pan/Pani ochrony. Na każde z nich można nie odpowiadać”.",
      ro: "Spuneți: „Unor oameni aflați pe drum li se oferă muncă sau ajutor care se dovedește a fi o capcană. Aceste întrebări ne ajută să vedem dacă aveți nevoie de protecție. Puteți sări peste oricare dintre ele.”",
    }),
    riskQuestion("job_offer", {
      en: "Has anyone offered you a job abroad where you do not know exactly what the work, the pay or the employer will be?",
      uk: "Чи пропонував Вам хтось роботу за кордоном, де Ви точно не знаєте, якою буде робота, оплата чи роботодавець?",
      ru: "Предлагал ли Вам кто-нибудь работу за границей, где Вы точно не знаете, какой будет работа, оплата или работодатель?",
      pl: "Czy ktoś zaproponował Panu/Pani pracę za granicą, przy której nie wiadomo dokładnie, jaka to będzie praca, zapłata lub pracodawca?",
      ro: "V-a oferit cineva un loc de muncă în străinătate fără să știți exact ce muncă, ce salariu sau ce angajator veți avea?",
    }),
    riskQuestion("documents_held", {
      en: "Is someone else keeping your passport or other identity documents?",
      uk: "Чи зберігає хтось інший Ваш паспорт або інші документи?",
      ru: "Хранит ли кто-то другой Ваш паспорт или другие документы?",
      pl: "Czy ktoś inny przechowuje Pana/Pani paszport lub inne dokumenty tożsamości?",
      ro: "Altcineva vă ține pașaportul sau alte acte de identitate?",
    }),
    riskQuestion("unpaid_work", {
      en: "Have you worked and not been paid what you were promised?",
      uk: "Чи траплялося, що Ви працювали, але Вам не заплатили обіцяного?",
      ru: "Бывало ли, что Вы работали, но Вам не заплатили обещанного?",
      pl: "Czy zdarzyło się, że Pan/Pani pracował/pracowała i nie dostał/dostała obiecanej zapłaty?",
      ro: "Ați muncit și nu ați primit banii promiși?",
    }),
    select("not_free", "select_one", "not_free", {
      en: "Have you ever been in a place or a job that you were not free to leave?",
      uk: "Чи бували Ви колись у місці або на роботі, звідки не могли вільно піти?",
      ru: "Бывали ли Вы когда-нибудь в месте или на работе, откуда не могли свободно уйти?",
      pl: "Czy był Pan/była Pani kiedyś w miejscu lub w pracy, z których nie mógł Pan/nie mogła Pani swobodnie odejść?",
      ro: "Ați fost vreodată într-un loc sau la o muncă de unde nu erați liber să plecați?",
    }),
    riskQuestion(
      "controller_nearby",
      {
        en: "Is the person who controls you here with you, or nearby?",
        uk: "Чи людина, яка Вас контролює, зараз тут, поруч із Вами?",
        ru: "Человек, который Вас контролирует, сейчас здесь, рядом с Вами?",
        pl: "Czy osoba, która Pana/Panią kontroluje, jest tu razem z Panem/Panią lub w pobliżu?",
        ro: "Persoana care vă controlează este aici cu dumneavoastră sau în apropiere?",
      },
      "${not_free} = 'yes_now'",
    ),
    riskQuestion("travel_controlled", {
      en: "Does someone else decide where you go, or keep your tickets or money for the journey?",
      uk: "Чи вирішує хтось інший, куди Вам їхати, або тримає у себе Ваші квитки чи гроші на дорогу?",
      ru: "Решает ли кто-то другой, куда Вам ехать, или держит у себя Ваши билеты или деньги на дорогу?",
      pl: "Czy ktoś inny decyduje, dokąd Pan/Pani jedzie, albo trzyma Pana/Pani bilety lub pieniądze na podróż?",
      ro: "Altcineva decide unde mergeți sau vă ține biletele ori banii pentru drum?",
    }),
    riskQuestion("debt", {
      en: "Do you owe money to someone who found you a job or organised your journey?",
      uk: "Чи винні Ви гроші людині, яка знайшла Вам роботу або організувала поїздку?",
      ru: "Должны ли Вы деньги человеку, который нашёл Вам работу или организовал поездку?",
      pl: "Czy jest Pan/Pani winien/winna pieniądze osobie, która znalazła Panu/Pani pracę lub zorganizowała podróż?",
      ro: "Datorați bani cuiva care v-a găsit de lucru sau v-a organizat călătoria?",
    }),
    riskQuestion("forced", {
      en: "Has anyone made you do work or other things that you did not want to do?",
      uk: "Чи змушував Вас хтось виконувати роботу або робити інше, чого Ви не хотіли?",
      ru: "Заставлял ли Вас кто-нибудь выполнять работу или делать другое, чего Вы не хотели?",
      pl: "Czy ktoś zmuszał Pana/Panią do pracy lub do innych rzeczy, których Pan/Pani nie chciał/chciała robić?",
      ro: "V-a obligat cineva să munciți sau să faceți alte lucruri pe care nu voiați să le faceți?",
    }),
    riskQuestion("threatened", {
      en: "Has anyone threatened you or your family?",
      uk: "Чи погрожував хтось Вам або Вашій родині?",
      ru: "Угрожал ли кто-нибудь Вам или Вашей семье?",
      pl: "Czy ktoś groził Panu/Pani lub Pana/Pani rodzinie?",
      ro: "V-a amenințat cineva pe dumneavoastră sau familia dumneavoastră?",
    }),
    riskQuestion("feels_safe", {
      en: "Do you feel safe right now?",
      uk: "Чи почуваєтеся Ви зараз у безпеці?",
      ru: "Чувствуете ли Вы себя сейчас в безопасности?",
      pl: "Czy czuje się Pan/Pani teraz bezpiecznie?",
      ro: "Vă simțiți în siguranță acum?",
    }),
    select(
      "screener_signs",
      "select_multiple",
      "signs",
      {
        en: "Did you notice any of these signs?",
        uk: "Чи помітили Ви якісь із цих ознак?",
        ru: "Заметили ли Вы какие-либо из этих признаков?",
        pl: "Czy zauważyłeś/zauważyłaś któryś z tych sygnałów?",
        ro: "Ați observat vreunul dintre aceste semne?",
      },
      {
        hint: {
          en: "For the screener: your own observation. Do not ask the person.",
          uk: "Для працівника: Ваше власне спостереження. Не запитуйте людину.",
          ru: "Для сотрудника: Ваше собственное наблюдение. Не спрашивайте человека.",
          pl: "Dla osoby prowadzącej rozmowę: Twoja własna obserwacja. Nie pytaj o to rozmówcy.",
          ro: "Pentru lucrător: propria dumneavoastră observație. Nu întrebați persoana.",
        },
        constraint: NONE_EXCLUSIVE,
        constraintMessage: NONE_ALONE,
      },
    ),
  ],
  CONSENTED,
);

export const REFERRAL_GROUP = group(
  "referral",
  { en: "Referral", uk: "Направлення", ru: "Направление", pl: "Skierowanie", ro: "Trimitere" },
  [
    select(
      "consent_refer",
      "select_one",
      "yes_no",
      {
        en: "Do you agree that we share your details with an organisation that can help you with what you need?",
        uk: "Чи згодні Ви, щоб ми передали Ваші дані організації, яка може допомогти Вам із тим, що Вам потрібно?",
        ru: "Согласны ли Вы, чтобы мы передали Ваши данные организации, которая может помочь Вам с тем, что Вам нужно?",
        pl: "Czy zgadza się Pan/Pani, abyśmy przekazali Pana/Pani dane organizacji, która może pomóc w tym, czego Pan/Pani potrzebuje?",
        ro: "Sunteți de acord să transmitem datele dumneavoastră unei organizații care vă poate ajuta cu ce aveți nevoie?",
      },
      {
        required: "yes",
        hint: {
          en: "Say which organisation and what will be shared. The person can say no and still get help here.",
          uk: "Назвіть організацію і скажіть, які дані буде передано. Людина може відмовитися й однаково отримати допомогу тут.",
          ru: "Назовите организацию и скажите, какие данные будут переданы. Человек может отказаться и всё равно получить помощь здесь.",
          pl: "Powiedz, o jaką organizację chodzi i jakie dane zostaną przekazane. Osoba może odmówić i nadal otrzymać pomoc na miejscu.",
          ro: "Spuneți despre ce organizație este vorba și ce date vor fi transmise. Persoana poate refuza și tot primește ajutor aici.",
        },
      },
    ),
    question(
      "contact_phone",
      "text",
      {
        en: "A phone number where you can be reached safely (optional)",
        uk: "Номер телефону, за яким з Вами можна безпечно зв'язатися (за бажанням)",
        ru: "Номер телефона, по которому с Вами можно безопасно связаться (по желанию)",
        pl: "Numer telefonu, pod którym można się bezpiecznie z Panem/Panią skontaktować (nieobowiązkowo)",
        ro: "Un număr de telefon la care puteți fi contactat în siguranță (opțional)",
      },
      {
        relevant: "${consent_refer} = 'yes'",
        appearance: "numbers",
        hint: {
          en: "Only if it is safe: make sure nobody else controls this phone.",
          uk: "Лише якщо це безпечно: переконайтеся, що цей телефон ніхто інший не контролює.",
          ru: "Только если это безопасно: убедитесь, что этот телефон никто другой не контролирует.",
          pl: "Tylko jeśli to bezpieczne: upewnij się, że nikt inny nie kontroluje tego telefonu.",
          ro: "Doar dacă este sigur: asigurați-vă că nimeni altcineva nu controlează acest telefon.",
        },
      },
    ),
    question(
      "screener_notes",
      "text",
      { en: "Notes", uk: "Примітки", ru: "Примечания", pl: "Uwagi", ro: "Note" },
      {
        appearance: "multiline",
        hint: {
          en: "Facts only, no opinions. Do not write anything the person asked you to keep to yourself.",
          uk: "Лише факти, без оцінок. Не записуйте того, що людина просила не розголошувати.",
          ru: "Только факты, без оценок. Не записывайте то, что человек просил не разглашать.",
          pl: "Tylko fakty, bez opinii. Nie zapisuj niczego, o czym osoba prosiła, by zachować to dla siebie.",
          ro: "Doar fapte, fără opinii. Nu notați nimic din ce persoana v-a rugat să păstrați pentru dumneavoastră.",
        },
      },
    ),
  ],
  CONSENTED,
);
