// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { group, NONE_ALONE, NONE_EXCLUSIVE, question, select } from "../text.js";

/** Everything after the first question needs the child's agreement to talk. */
export const ASSENTED = "${child_assent} = 'yes'";
const ACCOMPANIED =
  "${care_situation} = 'relative' or ${care_situation} = 'unrelated_adult' or ${care_situation} = 'institution'";

export const START_GROUP = group("start", { en: "Start", uk: "Початок", ru: "Начало", pl: "Początek", ro: "Început" }, [
  question("intro_note", "note", {
    en: "Talk with the child in a quiet place, with a child-protection worker or another trusted adult present if possible. Use simple words. The child can stop at any time.",
    uk: "Говоріть з дитиною в тихому місці, по можливості у присутності фахівця із захисту дітей або іншого дорослого, якому дитина довіряє. Використовуйте прості слова. Дитина може зупинитися будь-коли.",
    ru: "Говорите с ребёнком в тихом месте, по возможности в присутствии специалиста по защите детей или другого взрослого, которому ребёнок доверяет. Используйте простые слова. Ребёнок может остановиться в любой момент.",
    pl: "Rozmawiaj z dzieckiem w spokojnym miejscu, w miarę możliwości w obecności pracownika ochrony dzieci lub innej zaufanej osoby dorosłej. Używaj prostych słów. Dziecko może przerwać w każdej chwili.",
    ro: "Vorbiți cu copilul într-un loc liniștit, dacă se poate în prezența unui specialist în protecția copilului sau a altui adult de încredere. Folosiți cuvinte simple. Copilul se poate opri oricând.",
  }),
  select(
    "child_assent",
    "select_one",
    "yes_no",
    {
      en: "Is it all right if I ask you some questions so that we can help you? You can stop whenever you want.",
      uk: "Можна я поставлю тобі кілька запитань, щоб ми могли тобі допомогти? Ти можеш зупинитися, коли захочеш.",
      ru: "Можно я задам тебе несколько вопросов, чтобы мы могли тебе помочь? Ты можешь остановиться, когда захочешь.",
      pl: "Czy mogę zadać ci kilka pytań, żebyśmy mogli ci pomóc? Możesz przerwać, kiedy tylko zechcesz.",
      ro: "Pot să îți pun câteva întrebări ca să te putem ajuta? Te poți opri oricând vrei.",
    },
    { required: "yes" },
  ),
  question(
    "no_assent_note",
    "note",
    {
      en: "Do not continue the interview. Make sure the child is safe and inform the child protection authority.",
      uk: "Не продовжуйте розмову. Переконайтеся, що дитина в безпеці, і повідомте службу у справах дітей.",
      ru: "Не продолжайте разговор. Убедитесь, что ребёнок в безопасности, и сообщите в орган опеки и попечительства.",
      pl: "Nie kontynuuj rozmowy. Upewnij się, że dziecko jest bezpieczne, i powiadom organ ochrony dzieci.",
      ro: "Nu continuați discuția. Asigurați-vă că copilul este în siguranță și anunțați autoritatea pentru protecția copilului.",
    },
    { relevant: "${child_assent} = 'no'" },
  ),
  select(
    "screening_site",
    "select_one",
    "site",
    {
      en: "Where is this screening taking place?",
      uk: "Де проводиться ця первинна оцінка?",
      ru: "Где проводится эта первичная оценка?",
      pl: "Gdzie odbywa się ta ocena wstępna?",
      ro: "Unde are loc această evaluare inițială?",
    },
    { relevant: ASSENTED },
  ),
]);

export const ABOUT_CHILD_GROUP = group(
  "about_child",
  { en: "About you", uk: "Про тебе", ru: "О тебе", pl: "O tobie", ro: "Despre tine" },
  [
    select("gives_name", "select_one", "yes_no", {
      en: "Would you like to tell me your name?",
      uk: "Хочеш сказати мені, як тебе звати?",
      ru: "Хочешь сказать мне, как тебя зовут?",
      pl: "Chcesz mi powiedzieć, jak masz na imię?",
      ro: "Vrei să îmi spui cum te cheamă?",
    }),
    question(
      "given_name",
      "text",
      { en: "First name", uk: "Ім'я", ru: "Имя", pl: "Imię", ro: "Prenume" },
      { relevant: "${gives_name} = 'yes'" },
    ),
    question(
      "family_name",
      "text",
      { en: "Family name", uk: "Прізвище", ru: "Фамилия", pl: "Nazwisko", ro: "Nume de familie" },
      { relevant: "${gives_name} = 'yes'" },
    ),
    question(
      "age",
      "integer",
      {
        en: "How old are you?",
        uk: "Скільки тобі років?",
        ru: "Сколько тебе лет?",
        pl: "Ile masz lat?",
        ro: "Câți ani ai?",
      },
      {
        required: "yes",
        constraint: ". >= 0 and . <= 17",
        constraintMessage: {
          en: "This form is for children under 18. For an adult, use the rapid screening.",
          uk: "Ця форма призначена для дітей до 18 років. Для дорослих використовуйте швидку первинну оцінку.",
          ru: "Эта форма предназначена для детей до 18 лет. Для взрослых используйте быструю первичную оценку.",
          pl: "Ten formularz jest przeznaczony dla dzieci poniżej 18 lat. W przypadku osoby dorosłej użyj szybkiej oceny wstępnej.",
          ro: "Acest formular este pentru copiii sub 18 ani. Pentru un adult, folosiți evaluarea inițială rapidă.",
        },
        hint: {
          en: "If the child does not know, enter your best estimate and say so in the notes.",
          uk: "Якщо дитина не знає, вкажіть орієнтовний вік і зазначте це в примітках.",
          ru: "Если ребёнок не знает, укажите примерный возраст и отметьте это в примечаниях.",
          pl: "Jeśli dziecko nie wie, wpisz szacowany wiek i zaznacz to w uwagach.",
          ro: "Dacă copilul nu știe, introduceți vârsta estimată și menționați acest lucru în note.",
        },
      },
    ),
    select("sex", "select_one", "sex_child", {
      en: "Are you a girl or a boy?",
      uk: "Ти дівчина чи хлопець?",
      ru: "Ты девочка или мальчик?",
      pl: "Jesteś dziewczynką czy chłopcem?",
      ro: "Ești fată sau băiat?",
    }),
    select("language", "select_one", "language", {
      en: "Which language do you speak best?",
      uk: "Якою мовою тобі найлегше говорити?",
      ru: "На каком языке тебе легче всего говорить?",
      pl: "W jakim języku mówisz najlepiej?",
      ro: "În ce limbă vorbești cel mai bine?",
    }),
    select("citizenship", "select_one", "citizenship", {
      en: "Which country are you from?",
      uk: "З якої ти країни?",
      ru: "Из какой ты страны?",
      pl: "Z jakiego kraju jesteś?",
      ro: "Din ce țară ești?",
    }),
  ],
  ASSENTED,
);

export const CARE_GROUP = group(
  "care",
  { en: "Who is with you", uk: "Хто з тобою", ru: "Кто с тобой", pl: "Kto jest z tobą", ro: "Cine este cu tine" },
  [
    select(
      "care_situation",
      "select_one",
      "care",
      {
        en: "Who are you travelling with?",
        uk: "З ким ти подорожуєш?",
        ru: "С кем ты путешествуешь?",
        pl: "Z kim podróżujesz?",
        ro: "Cu cine călătorești?",
      },
      { required: "yes" },
    ),
    select(
      "adult_relationship",
      "select_one",
      "adult_relationship",
      {
        en: "How do you know this adult?",
        uk: "Звідки ти знаєш цю дорослу людину?",
        ru: "Откуда ты знаешь этого взрослого?",
        pl: "Skąd znasz tę dorosłą osobę?",
        ro: "De unde îl cunoști pe acest adult?",
      },
      { relevant: "${care_situation} = 'unrelated_adult'" },
    ),
    select("parents_whereabouts", "select_one", "yes_no", {
      en: "Do you know where your mother or father is now?",
      uk: "Чи знаєш ти, де зараз твоя мама чи тато?",
      ru: "Знаешь ли ты, где сейчас твоя мама или папа?",
      pl: "Czy wiesz, gdzie jest teraz twoja mama lub twój tata?",
      ro: "Știi unde este acum mama sau tatăl tău?",
    }),
    select("parents_contact", "select_one", "yes_no", {
      en: "Can you get in touch with your mother or father?",
      uk: "Чи можеш ти зв'язатися з мамою чи татом?",
      ru: "Можешь ли ты связаться с мамой или папой?",
      pl: "Czy możesz skontaktować się z mamą lub tatą?",
      ro: "Poți lua legătura cu mama sau cu tatăl tău?",
    }),
    select("separation_when", "select_one", "separation_when", {
      en: "When did you become separated from your parents?",
      uk: "Коли ти розлучився / розлучилася з батьками?",
      ru: "Когда ты разлучился / разлучилась с родителями?",
      pl: "Kiedy rozdzieliłeś / rozdzieliłaś się z rodzicami?",
      ro: "Când te-ai despărțit de părinți?",
    }),
    select(
      "child_documents",
      "select_multiple",
      "child_documents",
      {
        en: "Which documents do you have with you?",
        uk: "Які документи є в тебе з собою?",
        ru: "Какие документы есть у тебя с собой?",
        pl: "Jakie dokumenty masz przy sobie?",
        ro: "Ce documente ai la tine?",
      },
      { constraint: NONE_EXCLUSIVE, constraintMessage: NONE_ALONE },
    ),
  ],
  ASSENTED,
);

export const GUARDIAN_GROUP = group(
  "guardian",
  {
    en: "Guardian (for the screener)",
    uk: "Опікун (для працівника)",
    ru: "Опекун (для сотрудника)",
    pl: "Opiekun (dla pracownika)",
    ro: "Tutore (pentru lucrător)",
  },
  [
    select(
      "guardian_present",
      "select_one",
      "yes_no",
      {
        en: "Is the adult responsible for the child here now?",
        uk: "Чи присутній зараз дорослий, відповідальний за дитину?",
        ru: "Присутствует ли сейчас взрослый, ответственный за ребёнка?",
        pl: "Czy dorosły odpowiedzialny za dziecko jest teraz obecny?",
        ro: "Adultul responsabil de copil este prezent acum?",
      },
      { relevant: ACCOMPANIED },
    ),
    select("guardian_identified", "select_one", "yes_no_unknown", {
      en: "Has the child's legal guardian (a parent, or a person appointed by a court or authority) been identified?",
      uk: "Чи встановлено законного опікуна дитини (одного з батьків або особу, призначену судом чи органом влади)?",
      ru: "Установлен ли законный опекун ребёнка (один из родителей или лицо, назначенное судом или органом власти)?",
      pl: "Czy ustalono opiekuna prawnego dziecka (rodzica lub osobę ustanowioną przez sąd lub organ)?",
      ro: "A fost identificat tutorele legal al copilului (un părinte sau o persoană numită de o instanță sau de o autoritate)?",
    }),
    select(
      "guardian_documents",
      "select_one",
      "guardian_documents",
      {
        en: "Which documents does the accompanying adult have for the child?",
        uk: "Які документи щодо дитини має дорослий, який її супроводжує?",
        ru: "Какие документы на ребёнка есть у сопровождающего взрослого?",
        pl: "Jakie dokumenty dotyczące dziecka ma towarzyszący mu dorosły?",
        ro: "Ce documente are adultul însoțitor pentru copil?",
      },
      { relevant: "${guardian_present} = 'yes'" },
    ),
    select(
      "accounts_match",
      "select_one",
      "match",
      {
        en: "Do the child's and the adult's accounts match (names, relationship, where they are going)?",
        uk: "Чи збігаються розповіді дитини та дорослого (імена, ким вони одне одному доводяться, куди прямують)?",
        ru: "Совпадают ли рассказы ребёнка и взрослого (имена, кем они друг другу приходятся, куда направляются)?",
        pl: "Czy relacje dziecka i dorosłego są zgodne (imiona, pokrewieństwo, cel podróży)?",
        ro: "Se potrivesc relatările copilului și ale adultului (nume, ce relație au, unde merg)?",
      },
      {
        relevant: "${guardian_present} = 'yes'",
        hint: {
          en: "Talk with the child and the adult separately.",
          uk: "Поговоріть з дитиною та дорослим окремо.",
          ru: "Поговорите с ребёнком и взрослым по отдельности.",
          pl: "Porozmawiaj z dzieckiem i dorosłym osobno.",
          ro: "Vorbiți separat cu copilul și cu adultul.",
        },
      },
    ),
  ],
  ASSENTED,
);
