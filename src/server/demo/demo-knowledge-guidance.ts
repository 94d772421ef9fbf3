import type { DemoArticle } from "./demo-knowledge-types.js";

/** Safety guidance and referral contacts of the demo knowledge base. The contacts are invented. */

export const DEMO_GUIDANCE: readonly DemoArticle[] = [
  {
    key: "job-offer-checks",
    category: "safety",
    reviewInDays: 90,
    translations: {
      en: {
        title: "Safe migration: checking a job offer",
        body: `Questions to go through with a caller who is considering a job or travel offer:

- **Who is the employer?** A real company name, address and registration that can be checked independently.
- **Is there a written contract** in a language the person understands, before departure?
- **Who pays for travel, housing and documents?** A debt to a recruiter is a warning sign.
- **Will the person keep their own passport and phone?** Nobody else should hold their documents.
- **Is the pay realistic** for the work and the country?
- **Does someone at home know** where they are going and when to expect news?

Warning signs: pressure to decide quickly, a fee for the job, "no experience needed, very high pay", travel arranged by someone met online.

Suggest checking the recruiter with the labour inspectorate of the destination country, and keeping copies of all documents.`,
      },
      uk: {
        title: "Безпечна міграція: перевірка пропозиції роботи",
        body: `Запитання, які варто пройти з абонентом, що розглядає пропозицію роботи або поїздки:

- **Хто роботодавець?** Справжня назва компанії, адреса і реєстрація, які можна перевірити незалежно.
- **Чи є письмовий договір** мовою, яку людина розуміє, ще до виїзду?
- **Хто платить за дорогу, житло і документи?** Борг перед вербувальником — тривожна ознака.
- **Чи залишаться в людини її паспорт і телефон?** Ніхто інший не повинен тримати її документи.
- **Чи реалістична оплата** для цієї роботи і країни?
- **Чи знає хтось удома**, куди людина їде і коли чекати новин?

Тривожні ознаки: тиск швидко вирішувати, плата за працевлаштування, «досвід не потрібен, дуже висока зарплата», поїздку організовує людина, з якою познайомилися в інтернеті.

Порадьте перевірити вербувальника в інспекції праці країни призначення і зберігати копії всіх документів.`,
      },
      ru: {
        title: "Безопасная миграция: проверка предложения работы",
        body: `Вопросы, которые стоит пройти с абонентом, рассматривающим предложение работы или поездки:

- **Кто работодатель?** Настоящее название компании, адрес и регистрация, которые можно проверить независимо.
- **Есть ли письменный договор** на понятном человеку языке ещё до отъезда?
- **Кто платит за дорогу, жильё и документы?** Долг перед вербовщиком — тревожный признак.
- **Останутся ли у человека его паспорт и телефон?** Никто другой не должен держать его документы.
- **Реалистична ли оплата** для этой работы и страны?
- **Знает ли кто-то дома**, куда человек едет и когда ждать новостей?

Тревожные признаки: давление быстро решать, плата за трудоустройство, «опыт не нужен, очень высокая зарплата», поездку организует человек, с которым познакомились в интернете.

Посоветуйте проверить вербовщика в инспекции труда страны назначения и хранить копии всех документов.`,
      },
      pl: {
        title: "Bezpieczna migracja: sprawdzanie oferty pracy",
        body: `Pytania, które warto omówić z rozmówcą rozważającym ofertę pracy lub wyjazdu:

- **Kto jest pracodawcą?** Prawdziwa nazwa firmy, adres i rejestracja, które można niezależnie sprawdzić.
- **Czy jest pisemna umowa** w zrozumiałym języku, jeszcze przed wyjazdem?
- **Kto płaci za podróż, zakwaterowanie i dokumenty?** Dług wobec pośrednika to sygnał ostrzegawczy.
- **Czy osoba zachowa swój paszport i telefon?** Nikt inny nie powinien przechowywać jej dokumentów.
- **Czy wynagrodzenie jest realne** dla tej pracy i tego kraju?
- **Czy ktoś w domu wie**, dokąd osoba jedzie i kiedy spodziewać się wiadomości?

Sygnały ostrzegawcze: presja na szybką decyzję, opłata za pracę, „bez doświadczenia, bardzo wysoka pensja”, podróż organizowana przez kogoś poznanego w internecie.

Zaproponuj sprawdzenie pośrednika w inspekcji pracy kraju docelowego i przechowywanie kopii wszystkich dokumentów.`,
      },
      ro: {
        title: "Migrație în siguranță: verificarea unei oferte de muncă",
        body: `Întrebări de parcurs cu o persoană care se gândește la o ofertă de muncă sau de călătorie:

- **Cine este angajatorul?** Un nume real de firmă, o adresă și o înregistrare care pot fi verificate independent.
- **Există un contract scris** într-o limbă pe care persoana o înțelege, încă înainte de plecare?
- **Cine plătește drumul, cazarea și actele?** O datorie față de un recrutor este un semnal de alarmă.
- **Își va păstra persoana pașaportul și telefonul?** Nimeni altcineva nu ar trebui să-i țină actele.
- **Este salariul realist** pentru munca și țara respectivă?
- **Știe cineva de acasă** unde merge persoana și când să aștepte vești?

Semnale de alarmă: presiune de a decide repede, o taxă pentru locul de muncă, „fără experiență, salariu foarte mare”, o călătorie organizată de cineva cunoscut pe internet.

Sugerați verificarea recrutorului la inspecția muncii din țara de destinație și păstrarea copiilor după toate actele.`,
      },
    },
  },
  {
    key: "referral-contacts",
    category: "referral_contacts",
    reviewInDays: 60,
    translations: {
      en: {
        title: "Referral contacts (demo data, fictitious)",
        body: `> **Demo data.** Every service name and number below is invented for training. Replace them with your office's verified contacts.

- **Safe house for women and children** — "Harbour Shelter": +00 000 000 101, day and night
- **Legal aid** — "Open Door Legal Aid": +00 000 000 102, Monday to Friday 9:00–17:00
- **Psychological support line** — "Calm Voice": +00 000 000 103, every day 8:00–22:00
- **Medical help without documents** — "Street Clinic": +00 000 000 104, Monday to Saturday 10:00–18:00

Before referring, ask for the person's consent and tell them what the service does and what you will share with it.`,
      },
      uk: {
        title: "Контакти для скерування (демонстраційні, вигадані)",
        body: `> **Демонстраційні дані.** Усі назви служб і номери нижче вигадані для навчання. Замініть їх перевіреними контактами вашого офісу.

- **Безпечне житло для жінок і дітей** — «Harbour Shelter»: +00 000 000 101, цілодобово
- **Правова допомога** — «Open Door Legal Aid»: +00 000 000 102, понеділок–п'ятниця 9:00–17:00
- **Лінія психологічної підтримки** — «Calm Voice»: +00 000 000 103, щодня 8:00–22:00
- **Медична допомога без документів** — «Street Clinic»: +00 000 000 104, понеділок–субота 10:00–18:00

Перед скеруванням запитайте згоди людини і розкажіть, що робить служба і що саме ви їй передасте.`,
      },
      ru: {
        title: "Контакты для перенаправления (демонстрационные, вымышленные)",
        body: `> **Демонстрационные данные.** Все названия служб и номера ниже вымышлены для обучения. Замените их проверенными контактами вашего офиса.

- **Безопасное жильё для женщин и детей** — «Harbour Shelter»: +00 000 000 101, круглосуточно
- **Правовая помощь** — «Open Door Legal Aid»: +00 000 000 102, понедельник–пятница 9:00–17:00
- **Линия психологической поддержки** — «Calm Voice»: +00 000 000 103, ежедневно 8:00–22:00
- **Медицинская помощь без документов** — «Street Clinic»: +00 000 000 104, понедельник–суббота 10:00–18:00

Перед перенаправлением спросите согласия человека и расскажите, что делает служба и что именно вы ей передадите.`,
      },
      pl: {
        title: "Kontakty do skierowań (dane demonstracyjne, fikcyjne)",
        body: `> **Dane demonstracyjne.** Wszystkie nazwy służb i numery poniżej są zmyślone na potrzeby szkoleń. Zastąp je sprawdzonymi kontaktami swojego biura.

- **Bezpieczne schronienie dla kobiet i dzieci** — „Harbour Shelter”: +00 000 000 101, całą dobę
- **Pomoc prawna** — „Open Door Legal Aid”: +00 000 000 102, poniedziałek–piątek 9:00–17:00
- **Telefon wsparcia psychologicznego** — „Calm Voice”: +00 000 000 103, codziennie 8:00–22:00
- **Pomoc medyczna bez dokumentów** — „Street Clinic”: +00 000 000 104, poniedziałek–sobota 10:00–18:00

Przed skierowaniem zapytaj osobę o zgodę i powiedz, czym zajmuje się służba i co jej przekażesz.`,
      },
    },
  },
];
