import type { DemoArticle, DemoTranslations } from "./demo-knowledge-types.js";

/** Call scripts of the demo knowledge base: first contact, immediate danger, psychological first aid. */

const FIRST_CONTACT: DemoTranslations = {
  en: {
    title: "First contact: call script",
    body: `**Goal:** the caller feels safe, you understand what they need, and you agree on the next step together.

1. Greet: "Hotline, my name is … How can I help you?"
2. Say that the call is confidential and that they do not have to give their name.
3. Ask whether it is safe to talk now. If not, agree on a safe time or a code word.
4. Listen first. Do not interrupt, do not judge.
5. Ask open questions: "What happened?", "Where are you now?"
6. Sum up what you heard and agree on the next step together.
7. Before ending, make sure the caller knows how to reach the hotline again.

If the person is in danger now, switch to the **immediate danger** script.`,
  },
  uk: {
    title: "Перший контакт: сценарій розмови",
    body: `**Мета:** абонент почувається в безпеці, ви розумієте, що йому потрібно, і разом домовляєтеся про наступний крок.

1. Привітання: «Гаряча лінія, мене звати … Чим я можу допомогти?»
2. Скажіть, що розмова конфіденційна і що називати своє ім'я не обов'язково.
3. Запитайте, чи безпечно зараз говорити. Якщо ні — домовтеся про безпечний час або кодове слово.
4. Спершу слухайте. Не перебивайте, не засуджуйте.
5. Ставте відкриті запитання: «Що сталося?», «Де ви зараз?»
6. Підсумуйте почуте і разом домовтеся про наступний крок.
7. Наприкінці переконайтеся, що людина знає, як знову зв'язатися з гарячою лінією.

Якщо людина зараз у небезпеці, перейдіть до сценарію **безпосередньої небезпеки**.`,
  },
  ru: {
    title: "Первый контакт: сценарий разговора",
    body: `**Цель:** абонент чувствует себя в безопасности, вы понимаете, что ему нужно, и вместе договариваетесь о следующем шаге.

1. Приветствие: «Горячая линия, меня зовут … Чем я могу помочь?»
2. Скажите, что разговор конфиденциальный и называть своё имя не обязательно.
3. Спросите, безопасно ли сейчас говорить. Если нет — договоритесь о безопасном времени или кодовом слове.
4. Сначала слушайте. Не перебивайте, не осуждайте.
5. Задавайте открытые вопросы: «Что случилось?», «Где вы сейчас?»
6. Подведите итог услышанного и вместе договоритесь о следующем шаге.
7. В конце убедитесь, что человек знает, как снова связаться с горячей линией.

Если человек сейчас в опасности, перейдите к сценарию **непосредственной опасности**.`,
  },
  pl: {
    title: "Pierwszy kontakt: scenariusz rozmowy",
    body: `**Cel:** rozmówca czuje się bezpiecznie, rozumiesz, czego potrzebuje, i razem uzgadniacie następny krok.

1. Powitanie: „Infolinia, nazywam się … W czym mogę pomóc?”
2. Powiedz, że rozmowa jest poufna i że nie trzeba podawać imienia.
3. Zapytaj, czy teraz można bezpiecznie rozmawiać. Jeśli nie — uzgodnij bezpieczną porę lub hasło.
4. Najpierw słuchaj. Nie przerywaj, nie oceniaj.
5. Zadawaj pytania otwarte: „Co się stało?”, „Gdzie Pan/Pani teraz jest?”
6. Podsumuj, co usłyszałeś/-aś, i wspólnie uzgodnijcie następny krok.
7. Na koniec upewnij się, że rozmówca wie, jak ponownie skontaktować się z infolinią.

Jeśli osoba jest teraz w niebezpieczeństwie, przejdź do scenariusza **bezpośredniego zagrożenia**.`,
  },
};

// The second version of the first-contact script: one paragraph more in each of its languages.
const INTERPRETERS: Readonly<Record<string, string>> = {
  en: "**Language:** if you do not share a language, offer an interpreter or a colleague who speaks it. Never ask the caller's companion to interpret.",
  uk: "**Мова:** якщо у вас немає спільної мови, запропонуйте перекладача або колегу, який нею володіє. Ніколи не просіть перекладати людину, яка супроводжує абонента.",
  ru: "**Язык:** если у вас нет общего языка, предложите переводчика или коллегу, который им владеет. Никогда не просите переводить человека, сопровождающего абонента.",
  pl: "**Język:** jeśli nie macie wspólnego języka, zaproponuj tłumacza lub osobę z zespołu, która go zna. Nigdy nie proś o tłumaczenie osoby towarzyszącej rozmówcy.",
};

const withInterpreters: DemoTranslations = Object.fromEntries(
  Object.entries(FIRST_CONTACT).map(([lang, t]) => [
    lang,
    { title: t.title, body: `${t.body}\n\n${INTERPRETERS[lang] ?? ""}`.trim() },
  ]),
);

const IMMEDIATE_DANGER: DemoTranslations = {
  en: {
    title: "Immediate danger: call script",
    body: `Use this script when the caller or someone else is in danger **now**: locked in, threatened, hurt, or the person controlling them is nearby.

1. Stay calm and keep the call going. Speak in short, clear sentences.
2. Ask: "Can you talk safely? Answer yes or no."
3. Ask where they are: address, landmarks, the name of a shop or a station.
4. With their agreement, call the emergency number **112**, or ask a colleague to call while you stay on the line.
5. If they cannot talk, agree on yes/no answers or a code word.
6. Do not promise what you cannot do. Say what will happen next.
7. Tell your supervisor at once and record the contact as urgent.

Do not put the caller at further risk: never call back on a number the controller may check unless the caller agreed.`,
  },
  uk: {
    title: "Безпосередня небезпека: сценарій розмови",
    body: `Використовуйте цей сценарій, коли абонент або інша людина в небезпеці **зараз**: замкнені, під загрозою, поранені, або поруч людина, яка їх контролює.

1. Зберігайте спокій і підтримуйте розмову. Говоріть короткими, чіткими реченнями.
2. Запитайте: «Ви можете безпечно говорити? Відповідайте "так" або "ні".»
3. Запитайте, де людина перебуває: адреса, орієнтири, назва магазину чи станції.
4. За згоди людини зателефонуйте на екстрений номер **112** або попросіть колегу зателефонувати, поки ви залишаєтеся на лінії.
5. Якщо людина не може говорити, домовтеся про відповіді «так/ні» або кодове слово.
6. Не обіцяйте того, чого не можете зробити. Скажіть, що буде далі.
7. Негайно повідомте супервізора і позначте контакт як терміновий.

Не наражайте абонента на додатковий ризик: не передзвонюйте на номер, який може перевіряти кривдник, якщо людина на це не погодилася.`,
  },
  ru: {
    title: "Непосредственная опасность: сценарий разговора",
    body: `Используйте этот сценарий, когда абонент или другой человек в опасности **сейчас**: заперт, под угрозой, ранен, или рядом человек, который его контролирует.

1. Сохраняйте спокойствие и поддерживайте разговор. Говорите короткими, чёткими предложениями.
2. Спросите: «Вы можете безопасно говорить? Отвечайте "да" или "нет".»
3. Спросите, где человек находится: адрес, ориентиры, название магазина или станции.
4. С согласия человека позвоните по экстренному номеру **112** или попросите коллегу позвонить, пока вы остаётесь на линии.
5. Если человек не может говорить, договоритесь об ответах «да/нет» или кодовом слове.
6. Не обещайте того, чего не можете сделать. Скажите, что будет дальше.
7. Немедленно сообщите супервизору и отметьте контакт как срочный.

Не подвергайте абонента дополнительному риску: не перезванивайте на номер, который может проверять тот, кто его контролирует, если человек на это не согласился.`,
  },
  ro: {
    title: "Pericol imediat: scenariu de convorbire",
    body: `Folosiți acest scenariu când persoana care sună sau altcineva este în pericol **acum**: închisă, amenințată, rănită sau cu persoana care o controlează în apropiere.

1. Păstrați-vă calmul și mențineți convorbirea. Vorbiți în propoziții scurte și clare.
2. Întrebați: „Puteți vorbi în siguranță? Răspundeți cu da sau nu.”
3. Întrebați unde se află: adresa, repere, numele unui magazin sau al unei stații.
4. Cu acordul persoanei, sunați la numărul de urgență **112** sau rugați un coleg să sune cât timp rămâneți pe linie.
5. Dacă persoana nu poate vorbi, stabiliți răspunsuri da/nu sau un cuvânt-cod.
6. Nu promiteți ce nu puteți face. Spuneți ce urmează.
7. Anunțați imediat supervizorul și înregistrați contactul ca urgent.

Nu expuneți persoana la un risc suplimentar: nu sunați înapoi la un număr pe care îl poate verifica persoana care o controlează, decât dacă a fost de acord.`,
  },
};

const FIRST_AID: DemoTranslations = {
  en: {
    title: "Psychological first aid on the phone",
    body: `Psychological first aid is not therapy. It helps a person in distress feel safer, calmer and connected to help. Follow **Look, Listen, Link**.

**Look** — notice signs of distress: fast breathing, confusion, long silences, crying.

**Listen**
- Let the person speak at their own pace. Silence is fine.
- Do not press for details of what happened.
- Acknowledge feelings: "It makes sense that you feel this way."
- Help with breathing if needed: "Let's breathe in slowly together… and out."

**Link**
- Ask what would help most right now.
- Offer practical next steps and a referral, with the person's consent.
- Agree when and how you will be in touch again.

Take care of yourself too: after a hard call, tell your supervisor and take a short break.`,
  },
  uk: {
    title: "Перша психологічна допомога телефоном",
    body: `Перша психологічна допомога — не терапія. Вона допомагає людині в стресі почуватися безпечніше, спокійніше і знати, де шукати допомогу. Дотримуйтеся принципу **Дивитися, Слухати, Поєднувати**.

**Дивитися** — помічайте ознаки стресу: прискорене дихання, розгубленість, довгі паузи, плач.

**Слухати**
- Дайте людині говорити у власному темпі. Мовчання — це нормально.
- Не вимагайте подробиць того, що сталося.
- Визнавайте почуття: «Зрозуміло, що ви так почуваєтеся».
- За потреби допоможіть з диханням: «Давайте разом повільно вдихнемо… і видихнемо».

**Поєднувати**
- Запитайте, що зараз допомогло б найбільше.
- Запропонуйте практичні наступні кроки і скерування — за згодою людини.
- Домовтеся, коли і як ви знову зв'яжетеся.

Подбайте і про себе: після важкої розмови повідомте супервізора і зробіть коротку перерву.`,
  },
  ru: {
    title: "Первая психологическая помощь по телефону",
    body: `Первая психологическая помощь — не терапия. Она помогает человеку в стрессе почувствовать себя в большей безопасности, успокоиться и знать, где искать помощь. Следуйте принципу **Смотреть, Слушать, Связывать**.

**Смотреть** — замечайте признаки стресса: учащённое дыхание, растерянность, долгие паузы, плач.

**Слушать**
- Дайте человеку говорить в своём темпе. Молчание — это нормально.
- Не требуйте подробностей того, что произошло.
- Признавайте чувства: «Понятно, что вы так себя чувствуете».
- При необходимости помогите с дыханием: «Давайте вместе медленно вдохнём… и выдохнем».

**Связывать**
- Спросите, что сейчас помогло бы больше всего.
- Предложите практические следующие шаги и перенаправление — с согласия человека.
- Договоритесь, когда и как вы снова свяжетесь.

Позаботьтесь и о себе: после тяжёлого разговора сообщите супервизору и сделайте короткий перерыв.`,
  },
};

export const DEMO_SCRIPTS: readonly DemoArticle[] = [
  {
    key: "first-contact",
    category: "script",
    reviewInDays: 150,
    translations: FIRST_CONTACT,
    revisions: [{ changeSummary: "Added what to do without a shared language", translations: withInterpreters }],
  },
  { key: "immediate-danger", category: "script", reviewInDays: 120, translations: IMMEDIATE_DANGER },
  { key: "psychological-first-aid", category: "script", reviewInDays: 170, translations: FIRST_AID },
];
