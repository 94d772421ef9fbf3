import type { DemoArticle } from "./demo-knowledge-types.js";

/**
 * Temporary protection facts per country, written generically on purpose: the rules change, so the
 * articles say what to ask and where to check, and cite no law.
 */

export const DEMO_PROTECTION_FACTS: readonly DemoArticle[] = [
  {
    key: "protection-poland",
    category: "legal_facts",
    country: "PL",
    reviewInDays: 45,
    translations: {
      en: {
        title: "Temporary protection in Poland: what to check",
        body: `People who fled the war in Ukraine have been able to get temporary protection in Poland. What it covers, who qualifies and its deadlines have **changed several times**, so never advise from memory.

**Check the current rules with** the voivodeship office (urząd wojewódzki) or the government's official information service for people from Ukraine before you answer.

Questions that usually matter:
- When and from where did the person enter Poland?
- Do they already have an identification number or a residence document?
- Have they left Poland for a longer time since registering?

What you can say safely: protection may give access to legal stay, work, health care and some benefits, and the office confirms what applies to them.

Refer to a legal aid partner when the situation is unclear or a deadline is near.`,
      },
      uk: {
        title: "Тимчасовий захист у Польщі: що перевірити",
        body: `Люди, які втекли від війни в Україні, можуть отримати тимчасовий захист у Польщі. Що він охоплює, хто має на нього право і які строки діють, **змінювалося кілька разів**, тому ніколи не консультуйте з пам'яті.

**Перевірте чинні правила** у воєводському управлінні (urząd wojewódzki) або на офіційному урядовому інформаційному сервісі для людей з України, перш ніж відповідати.

Запитання, які зазвичай важливі:
- Коли і звідки людина в'їхала до Польщі?
- Чи має вона вже ідентифікаційний номер або документ про перебування?
- Чи виїжджала вона з Польщі на тривалий час після реєстрації?

Що можна безпечно сказати: захист може давати доступ до легального перебування, роботи, медичної допомоги і деяких виплат, а управління підтвердить, що стосується саме цієї людини.

Скеровуйте до партнера з правової допомоги, якщо ситуація незрозуміла або наближається строк.`,
      },
      ru: {
        title: "Временная защита в Польше: что проверить",
        body: `Люди, бежавшие от войны в Украине, могут получить временную защиту в Польше. Что она охватывает, кто имеет на неё право и какие действуют сроки, **менялось несколько раз**, поэтому никогда не консультируйте по памяти.

**Проверьте действующие правила** в воеводском управлении (urząd wojewódzki) или на официальном правительственном информационном сервисе для людей из Украины, прежде чем отвечать.

Вопросы, которые обычно важны:
- Когда и откуда человек въехал в Польшу?
- Есть ли у него уже идентификационный номер или документ о пребывании?
- Выезжал ли он из Польши на длительное время после регистрации?

Что можно безопасно сказать: защита может давать доступ к легальному пребыванию, работе, медицинской помощи и некоторым выплатам, а управление подтвердит, что относится именно к этому человеку.

Направляйте к партнёру по правовой помощи, если ситуация неясна или приближается срок.`,
      },
      pl: {
        title: "Ochrona czasowa w Polsce: co sprawdzić",
        body: `Osoby, które uciekły przed wojną w Ukrainie, mogą uzyskać w Polsce ochronę czasową. Zakres ochrony, krąg uprawnionych i terminy **zmieniały się kilka razy**, więc nigdy nie doradzaj z pamięci.

**Sprawdź aktualne przepisy** w urzędzie wojewódzkim lub w oficjalnym rządowym serwisie informacyjnym dla osób z Ukrainy, zanim odpowiesz.

Pytania, które zwykle mają znaczenie:
- Kiedy i skąd osoba wjechała do Polski?
- Czy ma już numer identyfikacyjny lub dokument pobytowy?
- Czy po rejestracji wyjeżdżała z Polski na dłużej?

Co można bezpiecznie powiedzieć: ochrona może dawać dostęp do legalnego pobytu, pracy, opieki zdrowotnej i niektórych świadczeń, a urząd potwierdzi, co dotyczy tej osoby.

Skieruj do partnera udzielającego pomocy prawnej, gdy sytuacja jest niejasna lub zbliża się termin.`,
      },
    },
  },
  {
    key: "protection-romania",
    category: "legal_facts",
    country: "RO",
    // Overdue on purpose: the demo shows what an article past its review looks like.
    reviewInDays: -12,
    translations: {
      en: {
        title: "Temporary protection in Romania: what to check",
        body: `Romania has granted temporary protection to people displaced from Ukraine. The conditions, the documents issued and the support available **have changed over time**.

**Check the current rules with** the General Inspectorate for Immigration (Inspectoratul General pentru Imigrări) or the official information points for people from Ukraine before you answer.

Questions that usually matter:
- Does the person already hold a temporary protection document?
- Where do they live now, and do they need help with housing or food?
- Are they travelling on to another country?

What you can say safely: protection may give access to legal stay, work, education and health care; the immigration authority confirms what applies.

Refer to a legal aid partner when the situation is unclear.`,
      },
      uk: {
        title: "Тимчасовий захист у Румунії: що перевірити",
        body: `Румунія надає тимчасовий захист людям, переміщеним з України. Умови, документи, які видаються, і доступна підтримка **з часом змінювалися**.

**Перевірте чинні правила** в Генеральній інспекції з питань імміграції (Inspectoratul General pentru Imigrări) або в офіційних інформаційних пунктах для людей з України, перш ніж відповідати.

Запитання, які зазвичай важливі:
- Чи має людина вже документ про тимчасовий захист?
- Де вона зараз живе і чи потрібна їй допомога з житлом або харчуванням?
- Чи їде вона далі до іншої країни?

Що можна безпечно сказати: захист може давати доступ до легального перебування, роботи, освіти і медичної допомоги; імміграційна служба підтверджує, що саме застосовується.

Скеровуйте до партнера з правової допомоги, якщо ситуація незрозуміла.`,
      },
      ru: {
        title: "Временная защита в Румынии: что проверить",
        body: `Румыния предоставляет временную защиту людям, перемещённым из Украины. Условия, выдаваемые документы и доступная поддержка **со временем менялись**.

**Проверьте действующие правила** в Генеральной инспекции по вопросам иммиграции (Inspectoratul General pentru Imigrări) или в официальных информационных пунктах для людей из Украины, прежде чем отвечать.

Вопросы, которые обычно важны:
- Есть ли у человека уже документ о временной защите?
- Где он сейчас живёт и нужна ли ему помощь с жильём или питанием?
- Едет ли он дальше в другую страну?

Что можно безопасно сказать: защита может давать доступ к легальному пребыванию, работе, образованию и медицинской помощи; иммиграционная служба подтверждает, что именно применяется.

Направляйте к партнёру по правовой помощи, если ситуация неясна.`,
      },
      ro: {
        title: "Protecția temporară în România: ce trebuie verificat",
        body: `România a acordat protecție temporară persoanelor strămutate din Ucraina. Condițiile, documentele eliberate și sprijinul disponibil **s-au schimbat în timp**.

**Verificați regulile în vigoare la** Inspectoratul General pentru Imigrări sau la punctele oficiale de informare pentru persoanele din Ucraina înainte de a răspunde.

Întrebări care contează de obicei:
- Are persoana deja un document de protecție temporară?
- Unde locuiește acum și are nevoie de ajutor cu locuința sau hrana?
- Călătorește mai departe spre altă țară?

Ce puteți spune în siguranță: protecția poate oferi acces la ședere legală, muncă, educație și asistență medicală; inspectoratul confirmă ce se aplică.

Îndrumați către un partener de asistență juridică atunci când situația nu este clară.`,
      },
    },
  },
  {
    key: "protection-moldova",
    category: "legal_facts",
    country: "MD",
    reviewInDays: 75,
    translations: {
      en: {
        title: "Temporary protection in Moldova: what to check",
        body: `The Republic of Moldova has offered temporary protection to people displaced from Ukraine. Who qualifies, the documents issued and the period of protection **are set and extended by the authorities from time to time**.

**Check the current rules with** the General Inspectorate for Migration (Inspectoratul General pentru Migrație) before you answer.

Questions that usually matter:
- When did the person arrive, and do they hold a document from the migration authority?
- Do they need help with housing, health care or school for children?
- Do they plan to stay or to travel on?

What you can say safely: the migration authority confirms whether protection applies and what it gives access to.

Refer to a legal aid partner when documents are missing or expired.`,
      },
      uk: {
        title: "Тимчасовий захист у Молдові: що перевірити",
        body: `Республіка Молдова надає тимчасовий захист людям, переміщеним з України. Хто має на нього право, які документи видаються і на який строк, **органи влади час від часу встановлюють і продовжують**.

**Перевірте чинні правила** в Генеральній інспекції з питань міграції (Inspectoratul General pentru Migrație), перш ніж відповідати.

Запитання, які зазвичай важливі:
- Коли людина прибула і чи має документ від міграційної служби?
- Чи потрібна допомога з житлом, медициною або школою для дітей?
- Чи планує вона залишитися або їхати далі?

Що можна безпечно сказати: міграційна служба підтверджує, чи застосовується захист і до чого він дає доступ.

Скеровуйте до партнера з правової допомоги, якщо документів немає або строк їхньої дії минув.`,
      },
      ru: {
        title: "Временная защита в Молдове: что проверить",
        body: `Республика Молдова предоставляет временную защиту людям, перемещённым из Украины. Кто имеет на неё право, какие документы выдаются и на какой срок, **власти время от времени устанавливают и продлевают**.

**Проверьте действующие правила** в Генеральной инспекции по вопросам миграции (Inspectoratul General pentru Migrație), прежде чем отвечать.

Вопросы, которые обычно важны:
- Когда человек прибыл и есть ли у него документ от миграционной службы?
- Нужна ли помощь с жильём, медициной или школой для детей?
- Планирует ли он остаться или ехать дальше?

Что можно безопасно сказать: миграционная служба подтверждает, применяется ли защита и к чему она даёт доступ.

Направляйте к партнёру по правовой помощи, если документов нет или срок их действия истёк.`,
      },
      ro: {
        title: "Protecția temporară în Republica Moldova: ce trebuie verificat",
        body: `Republica Moldova a oferit protecție temporară persoanelor strămutate din Ucraina. Cine are dreptul, ce documente se eliberează și pe ce perioadă **sunt stabilite și prelungite de autorități din când în când**.

**Verificați regulile în vigoare la** Inspectoratul General pentru Migrație înainte de a răspunde.

Întrebări care contează de obicei:
- Când a sosit persoana și are un document de la autoritatea pentru migrație?
- Are nevoie de ajutor cu locuința, asistența medicală sau școala pentru copii?
- Plănuiește să rămână sau să plece mai departe?

Ce puteți spune în siguranță: autoritatea pentru migrație confirmă dacă se aplică protecția și la ce dă acces.

Îndrumați către un partener de asistență juridică atunci când actele lipsesc sau au expirat.`,
      },
    },
  },
];
