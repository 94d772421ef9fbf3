// biome-ignore-all lint/suspicious/noTemplateCurlyInString: XLSForm writes field references as ${name} in plain text.
import { calculate, group, question, select, type Text } from "../text.js";

const OTHER_COUNTRY: Text = {
  en: "Which country?",
  uk: "Яка країна?",
  ru: "Какая страна?",
  pl: "Jaki kraj?",
  ro: "Ce țară?",
};

/** XLSForm relevance that opens every section after consent. */
export const CONSENTED = "${consent_record} = 'yes'";

export const CONSENT_GROUP = group(
  "consent",
  { en: "Consent", uk: "Згода", ru: "Согласие", pl: "Zgoda", ro: "Consimțământ" },
  [
    question("intro_note", "note", {
      en: "Introduce yourself and your organisation. Explain that the questions help find support, that answers stay confidential, and that the person can skip any question or stop at any time.",
      uk: "Представтеся та назвіть свою організацію. Поясніть, що запитання допомагають знайти підтримку, відповіді залишаються конфіденційними, а людина може пропустити будь-яке запитання або зупинитися будь-коли.",
      ru: "Представьтесь и назовите свою организацию. Объясните, что вопросы помогают найти поддержку, ответы остаются конфиденциальными, а человек может пропустить любой вопрос или остановиться в любой момент.",
      pl: "Przedstaw się i powiedz, jaką organizację reprezentujesz. Wyjaśnij, że pytania pomagają znaleźć wsparcie, odpowiedzi są poufne, a rozmówca może pominąć każde pytanie lub przerwać w dowolnej chwili.",
      ro: "Prezentați-vă pe dumneavoastră și organizația. Explicați că întrebările ajută la găsirea sprijinului, că răspunsurile rămân confidențiale și că persoana poate sări peste orice întrebare sau se poate opri oricând.",
    }),
    select(
      "consent_record",
      "select_one",
      "yes_no",
      {
        en: "Do you agree that we write down your answers so that we can help you? You can stop at any time.",
        uk: "Чи згодні Ви, щоб ми записали Ваші відповіді, аби допомогти Вам? Ви можете зупинитися будь-коли.",
        ru: "Согласны ли Вы, чтобы мы записали Ваши ответы, чтобы помочь Вам? Вы можете остановиться в любой момент.",
        pl: "Czy zgadza się Pan/Pani, abyśmy zapisali odpowiedzi, żeby móc pomóc? Można przerwać w każdej chwili.",
        ro: "Sunteți de acord să notăm răspunsurile dumneavoastră ca să vă putem ajuta? Vă puteți opri oricând.",
      },
      { required: "yes" },
    ),
    question(
      "no_consent_note",
      "note",
      {
        en: "Do not record anything else. Tell the person about the help available and give them the information leaflet.",
        uk: "Більше нічого не записуйте. Розкажіть людині про доступну допомогу та дайте інформаційну листівку.",
        ru: "Больше ничего не записывайте. Расскажите человеку о доступной помощи и дайте информационную листовку.",
        pl: "Nie zapisuj niczego więcej. Opowiedz o dostępnej pomocy i przekaż ulotkę informacyjną.",
        ro: "Nu mai notați nimic. Spuneți-i persoanei ce ajutor este disponibil și dați-i pliantul informativ.",
      },
      { relevant: "${consent_record} = 'no'" },
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
      { relevant: CONSENTED },
    ),
  ],
);

export const ABOUT_GROUP = group(
  "about",
  { en: "About you", uk: "Про Вас", ru: "О Вас", pl: "Informacje o Panu/Pani", ro: "Despre dumneavoastră" },
  [
    select("gives_name", "select_one", "yes_no", {
      en: "Would you like to tell us your name? You do not have to.",
      uk: "Чи хочете Ви назвати своє ім'я? Це не обов'язково.",
      ru: "Хотите ли Вы назвать своё имя? Это не обязательно.",
      pl: "Czy chce Pan/Pani podać swoje imię i nazwisko? Nie jest to obowiązkowe.",
      ro: "Doriți să ne spuneți numele dumneavoastră? Nu este obligatoriu.",
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
    select(
      "age_known",
      "select_one",
      "yes_no",
      {
        en: "Can you tell us your age?",
        uk: "Чи можете Ви назвати свій вік?",
        ru: "Можете ли Вы назвать свой возраст?",
        pl: "Czy może Pan/Pani podać swój wiek?",
        ro: "Ne puteți spune ce vârstă aveți?",
      },
      { required: "yes" },
    ),
    question(
      "age",
      "integer",
      {
        en: "How old are you?",
        uk: "Скільки Вам років?",
        ru: "Сколько Вам лет?",
        pl: "Ile ma Pan/Pani lat?",
        ro: "Câți ani aveți?",
      },
      {
        relevant: "${age_known} = 'yes'",
        required: "yes",
        constraint: ". >= 0 and . <= 120",
        constraintMessage: {
          en: "Age must be between 0 and 120.",
          uk: "Вік має бути від 0 до 120.",
          ru: "Возраст должен быть от 0 до 120.",
          pl: "Wiek musi mieścić się w przedziale od 0 do 120.",
          ro: "Vârsta trebuie să fie între 0 și 120.",
        },
      },
    ),
    select(
      "age_band",
      "select_one",
      "age_band",
      {
        en: "Is the person a child, an adult or an older person?",
        uk: "Це дитина, доросла чи літня людина?",
        ru: "Это ребёнок, взрослый или пожилой человек?",
        pl: "Czy to dziecko, osoba dorosła czy osoba starsza?",
        ro: "Persoana este copil, adult sau persoană în vârstă?",
      },
      {
        relevant: "${age_known} = 'no'",
        required: "yes",
        hint: {
          en: "Your best estimate. If the person may be under 18, choose child.",
          uk: "Ваша найкраща оцінка. Якщо людині може бути менше 18 років, оберіть «дитина».",
          ru: "Ваша лучшая оценка. Если человеку может быть меньше 18 лет, выберите «ребёнок».",
          pl: "Twoja najlepsza ocena. Jeśli osoba może mieć mniej niż 18 lat, wybierz „dziecko”.",
          ro: "Cea mai bună estimare a dumneavoastră. Dacă persoana poate avea sub 18 ani, alegeți „copil”.",
        },
      },
    ),
    calculate(
      "age_group",
      "if(${age_known} = 'yes', if(${age} < 18, 'child', if(${age} >= 60, 'older', 'adult')), ${age_band})",
    ),
    select("sex", "select_one", "sex", { en: "Sex", uk: "Стать", ru: "Пол", pl: "Płeć", ro: "Sex" }),
    select("language", "select_one", "language", {
      en: "Which language would you like to speak?",
      uk: "Якою мовою Вам зручніше говорити?",
      ru: "На каком языке Вам удобнее говорить?",
      pl: "W jakim języku woli Pan/Pani rozmawiać?",
      ro: "În ce limbă preferați să vorbim?",
    }),
    select("citizenship", "select_one", "citizenship", {
      en: "What is your citizenship?",
      uk: "Яке у Вас громадянство?",
      ru: "Какое у Вас гражданство?",
      pl: "Jakie ma Pan/Pani obywatelstwo?",
      ro: "Ce cetățenie aveți?",
    }),
    question("citizenship_other", "text", OTHER_COUNTRY, { relevant: "${citizenship} = 'other'" }),
  ],
  CONSENTED,
);

export const TRAVEL_GROUP = group(
  "travel",
  { en: "Your journey", uk: "Ваша подорож", ru: "Ваша поездка", pl: "Podróż", ro: "Călătoria dumneavoastră" },
  [
    select("country_origin", "select_one", "country", {
      en: "In which country did your journey start?",
      uk: "У якій країні почалася Ваша подорож?",
      ru: "В какой стране началась Ваша поездка?",
      pl: "W jakim kraju zaczęła się Pana/Pani podróż?",
      ro: "În ce țară a început călătoria dumneavoastră?",
    }),
    question("country_origin_other", "text", OTHER_COUNTRY, { relevant: "${country_origin} = 'other'" }),
    select("country_from", "select_one", "country", {
      en: "Which country have you just come from?",
      uk: "З якої країни Ви щойно прибули?",
      ru: "Из какой страны Вы только что прибыли?",
      pl: "Z jakiego kraju właśnie Pan/Pani przybył/przybyła?",
      ro: "Din ce țară tocmai ați venit?",
    }),
    select("destination", "select_one", "destination", {
      en: "Where are you planning to go?",
      uk: "Куди Ви плануєте їхати?",
      ru: "Куда Вы планируете ехать?",
      pl: "Dokąd planuje Pan/Pani jechać?",
      ro: "Unde intenționați să mergeți?",
    }),
    question("destination_other", "text", OTHER_COUNTRY, { relevant: "${destination} = 'other'" }),
    select("travel_with", "select_one", "travel_with", {
      en: "Who are you travelling with?",
      uk: "З ким Ви подорожуєте?",
      ru: "С кем Вы путешествуете?",
      pl: "Z kim Pan/Pani podróżuje?",
      ro: "Cu cine călătoriți?",
    }),
    question(
      "group_size",
      "integer",
      {
        en: "How many people are travelling with you?",
        uk: "Скільки людей подорожує разом із Вами?",
        ru: "Сколько человек путешествует вместе с Вами?",
        pl: "Ile osób podróżuje razem z Panem/Panią?",
        ro: "Câte persoane călătoresc împreună cu dumneavoastră?",
      },
      {
        relevant: "${travel_with} = 'family' or ${travel_with} = 'group'",
        constraint: ". >= 1 and . <= 100",
        constraintMessage: {
          en: "Enter a number from 1 to 100.",
          uk: "Введіть число від 1 до 100.",
          ru: "Введите число от 1 до 100.",
          pl: "Wpisz liczbę od 1 do 100.",
          ro: "Introduceți un număr între 1 și 100.",
        },
      },
    ),
    select("has_id_document", "select_one", "yes_no", {
      en: "Do you have a passport or another identity document with you?",
      uk: "Чи є у Вас при собі паспорт або інший документ, що посвідчує особу?",
      ru: "Есть ли у Вас при себе паспорт или другой документ, удостоверяющий личность?",
      pl: "Czy ma Pan/Pani przy sobie paszport lub inny dokument tożsamości?",
      ro: "Aveți la dumneavoastră pașaportul sau un alt act de identitate?",
    }),
    calculate(
      "third_country_national",
      "if(${citizenship} != '' and ${country_origin} != '' and ${citizenship} != ${country_origin}, 'yes', 'no')",
    ),
  ],
  CONSENTED,
);
