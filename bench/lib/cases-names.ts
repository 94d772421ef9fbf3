/**
 * Name lists for synthetic cases: Ukrainian, Russian, Polish and Romanian/Moldovan names, each as
 * [Latin, Cyrillic] so that a person can be recorded in either script and looked up in the other,
 * as happens when one office types a passport and another a spoken name.
 */

export type NameList = "uk" | "ru" | "pl" | "ro";
export type Spelling = readonly [latin: string, cyrillic: string];

interface Names {
  female: readonly Spelling[];
  male: readonly Spelling[];
  family: readonly Spelling[];
}

const UK: Names = {
  female: [
    ["Olena", "Олена"],
    ["Iryna", "Ірина"],
    ["Nataliia", "Наталія"],
    ["Oksana", "Оксана"],
    ["Kateryna", "Катерина"],
    ["Yuliia", "Юлія"],
    ["Tetiana", "Тетяна"],
    ["Svitlana", "Світлана"],
    ["Halyna", "Галина"],
    ["Mariia", "Марія"],
    ["Anastasiia", "Анастасія"],
    ["Viktoriia", "Вікторія"],
    ["Liudmyla", "Людмила"],
    ["Khrystyna", "Христина"],
    ["Daryna", "Дарина"],
    ["Sofiia", "Софія"],
  ],
  male: [
    ["Andrii", "Андрій"],
    ["Dmytro", "Дмитро"],
    ["Oleksandr", "Олександр"],
    ["Serhii", "Сергій"],
    ["Mykola", "Микола"],
    ["Yurii", "Юрій"],
    ["Volodymyr", "Володимир"],
    ["Vasyl", "Василь"],
    ["Taras", "Тарас"],
    ["Bohdan", "Богдан"],
    ["Oleh", "Олег"],
    ["Ihor", "Ігор"],
  ],
  family: [
    ["Kovalenko", "Коваленко"],
    ["Shevchenko", "Шевченко"],
    ["Bondarenko", "Бондаренко"],
    ["Tkachenko", "Ткаченко"],
    ["Kravchenko", "Кравченко"],
    ["Melnyk", "Мельник"],
    ["Oliinyk", "Олійник"],
    ["Polishchuk", "Поліщук"],
    ["Lysenko", "Лисенко"],
    ["Savchenko", "Савченко"],
    ["Boiko", "Бойко"],
    ["Marchenko", "Марченко"],
    ["Rudenko", "Руденко"],
    ["Moroz", "Мороз"],
    ["Pavlenko", "Павленко"],
    ["Honcharenko", "Гончаренко"],
    ["Klymenko", "Клименко"],
    ["Petrenko", "Петренко"],
    ["Sydorenko", "Сидоренко"],
    ["Kovalchuk", "Ковальчук"],
    ["Tkachuk", "Ткачук"],
    ["Hrytsenko", "Гриценко"],
    ["Zaporozhets", "Запорожець"],
    ["Levchenko", "Левченко"],
  ],
};

const RU: Names = {
  female: [
    ["Anna", "Анна"],
    ["Mariya", "Мария"],
    ["Yelena", "Елена"],
    ["Olga", "Ольга"],
    ["Tatiana", "Татьяна"],
    ["Natalya", "Наталья"],
    ["Irina", "Ирина"],
    ["Svetlana", "Светлана"],
    ["Yekaterina", "Екатерина"],
    ["Yulia", "Юлия"],
    ["Dilnoza", "Дилноза"],
    ["Gulnara", "Гульнара"],
  ],
  male: [
    ["Aleksei", "Алексей"],
    ["Dmitry", "Дмитрий"],
    ["Sergei", "Сергей"],
    ["Andrei", "Андрей"],
    ["Ivan", "Иван"],
    ["Mikhail", "Михаил"],
    ["Nikolai", "Николай"],
    ["Vladimir", "Владимир"],
    ["Rustam", "Рустам"],
    ["Farrukh", "Фаррух"],
  ],
  family: [
    ["Ivanov", "Иванов"],
    ["Smirnov", "Смирнов"],
    ["Kuznetsov", "Кузнецов"],
    ["Popov", "Попов"],
    ["Vasiliev", "Васильев"],
    ["Petrov", "Петров"],
    ["Sokolov", "Соколов"],
    ["Mikhailov", "Михайлов"],
    ["Novikov", "Новиков"],
    ["Fyodorov", "Фёдоров"],
    ["Morozov", "Морозов"],
    ["Volkov", "Волков"],
    ["Alekseev", "Алексеев"],
    ["Lebedev", "Лебедев"],
    ["Karimov", "Каримов"],
    ["Rakhimov", "Рахимов"],
    ["Yusupov", "Юсупов"],
    ["Nazarov", "Назаров"],
  ],
};

const PL: Names = {
  female: [
    ["Anna", "Анна"],
    ["Katarzyna", "Катажина"],
    ["Małgorzata", "Малгожата"],
    ["Agnieszka", "Агнешка"],
    ["Barbara", "Барбара"],
    ["Ewa", "Эва"],
    ["Magdalena", "Магдалена"],
    ["Joanna", "Иоанна"],
    ["Aleksandra", "Александра"],
    ["Zofia", "Зофья"],
  ],
  male: [
    ["Piotr", "Пётр"],
    ["Krzysztof", "Кшиштоф"],
    ["Tomasz", "Томаш"],
    ["Andrzej", "Анджей"],
    ["Paweł", "Павел"],
    ["Michał", "Михал"],
    ["Marcin", "Марцин"],
    ["Łukasz", "Лукаш"],
    ["Jakub", "Якуб"],
    ["Grzegorz", "Гжегож"],
  ],
  family: [
    ["Nowak", "Новак"],
    ["Kowalski", "Ковальский"],
    ["Wiśniewski", "Вишневский"],
    ["Wójcik", "Вуйцик"],
    ["Kowalczyk", "Ковальчик"],
    ["Kamiński", "Каминский"],
    ["Lewandowski", "Левандовский"],
    ["Zieliński", "Зелинский"],
    ["Szymański", "Шиманский"],
    ["Woźniak", "Возняк"],
    ["Dąbrowski", "Домбровский"],
    ["Kozłowski", "Козловский"],
    ["Jankowski", "Янковский"],
    ["Mazur", "Мазур"],
    ["Krawczyk", "Кравчик"],
  ],
};

const RO: Names = {
  female: [
    ["Maria", "Мария"],
    ["Elena", "Елена"],
    ["Ioana", "Иоана"],
    ["Ana", "Ана"],
    ["Mihaela", "Михаела"],
    ["Andreea", "Андреа"],
    ["Cristina", "Кристина"],
    ["Daniela", "Даниела"],
    ["Gabriela", "Габриела"],
    ["Natalia", "Наталия"],
    ["Doina", "Дойна"],
  ],
  male: [
    ["Ion", "Ион"],
    ["Gheorghe", "Георге"],
    ["Vasile", "Василе"],
    ["Mihai", "Михай"],
    ["Andrei", "Андрей"],
    ["Constantin", "Константин"],
    ["Alexandru", "Александру"],
    ["Dumitru", "Думитру"],
    ["Ștefan", "Штефан"],
    ["Nicolae", "Николае"],
  ],
  family: [
    ["Popescu", "Попеску"],
    ["Popa", "Попа"],
    ["Ionescu", "Ионеску"],
    ["Rusu", "Русу"],
    ["Ciobanu", "Чобану"],
    ["Munteanu", "Мунтяну"],
    ["Lungu", "Лунгу"],
    ["Cojocaru", "Кожокару"],
    ["Ceban", "Чебан"],
    ["Moraru", "Морару"],
    ["Rotaru", "Ротару"],
    ["Țurcanu", "Цуркану"],
    ["Sârbu", "Сырбу"],
    ["Stoica", "Стойка"],
    ["Gavrilă", "Гаврилэ"],
  ],
};

export const NAME_LISTS: Readonly<Record<NameList, Names>> = { uk: UK, ru: RU, pl: PL, ro: RO };

/** The feminine form of a family name where the language inflects it (Ivanov → Ivanova, Kowalski → Kowalska). */
export function feminineFamily(list: NameList, [latin, cyrillic]: Spelling): Spelling {
  if (list === "ru" && /(ov|ev|in)$/.test(latin)) return [`${latin}a`, `${cyrillic}а`];
  if (list === "pl" && /(ski|cki)$/.test(latin)) return [`${latin.slice(0, -1)}a`, `${cyrillic.slice(0, -2)}ая`];
  return [latin, cyrillic];
}

/** Common misspellings of the Latin form, as a second office or a border form might write it. */
export function variantSpelling(latin: string): string {
  return latin
    .replace(/^Kov/, "Kow")
    .replace(/ii$/, "iy")
    .replace(/iia$/, "iya")
    .replace(/kh/g, "h")
    .replace(/sz/g, "sh")
    .replace(/ł/g, "l")
    .replace(/ș|ş/g, "s")
    .replace(/ț|ţ/g, "t");
}
