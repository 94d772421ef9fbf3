/*
 * Forms of the same given name across the languages a person meets on a trafficking route: a Ukrainian
 * Олена is Елена in a Russian-language document, Helena in a Polish one and Elena in a Romanian one. No
 * spelling rule turns one into the other, so the equivalence is listed here.
 *
 * Each group is one name; the first entry is the canonical form. Entries are written the way people type
 * them and are reduced with the same spelling rules as any other word, so only forms the rules do NOT
 * already unify need to be listed (Yurii/Jurij/Юрій need no entry, Yurii/Jerzy does).
 *
 * Keep this list to well-established equivalents of the same name. Diminutives (Sasha, Kasia) and
 * merely similar names are left out: a wrong equivalence merges different people in every search.
 */
export const GIVEN_NAME_VARIANTS: readonly (readonly string[])[] = [
  ["Olena", "Elena", "Helena", "Jelena"],
  ["Oleksandr", "Aleksandr", "Alexander", "Aleksander", "Alexandru", "Oleksander"],
  ["Oleksandra", "Aleksandra", "Alexandra"],
  ["Oleksii", "Aleksei", "Alexei", "Alexey", "Aleksiej", "Alexej"],
  ["Mykola", "Nikolai", "Nikolay", "Mikołaj", "Nicolae", "Nikolaj"],
  ["Andrii", "Andrei", "Andrey", "Andrzej", "Andrej"],
  ["Hryhorii", "Grigorii", "Grigory", "Grzegorz", "Grigore"],
  ["Volodymyr", "Vladimir", "Włodzimierz"],
  ["Petro", "Pyotr", "Piotr", "Petru", "Petr"],
  ["Pavlo", "Pavel", "Paweł"],
  ["Ivan", "Ion", "Ioan", "Jan"],
  ["Mykhailo", "Mikhail", "Michał", "Mihail", "Mihai"],
  ["Vasyl", "Vasilii", "Vasily", "Vasile"],
  ["Serhii", "Sergei", "Sergey", "Sergiusz", "Sergiu"],
  ["Yevhen", "Evgenii", "Evgeny", "Yevgeniy", "Eugeniusz", "Eugen"],
  ["Yevheniia", "Evgeniya", "Eugenia"],
  ["Dmytro", "Dmitrii", "Dmitry", "Dymitr"],
  ["Fedir", "Fyodor", "Fiodor"],
  ["Yurii", "Jerzy", "Iurie"],
  ["Hanna", "Anna", "Ganna"],
  ["Kateryna", "Ekaterina", "Yekaterina", "Katarzyna", "Ecaterina", "Katerina"],
  ["Tetiana", "Tatiana", "Tatyana", "Tacjana"],
  ["Svitlana", "Svetlana"],
  ["Liudmyla", "Lyudmila", "Ludmiła", "Ludmila"],
  ["Liubov", "Lyubov", "Lubow"],
  ["Nadiia", "Nadezhda", "Nadzieja"],
  ["Khrystyna", "Kristina", "Krystyna", "Cristina"],
  ["Kyrylo", "Kirill", "Cyryl"],
  ["Danylo", "Daniil", "Danil"],
  ["Mykyta", "Nikita"],
  ["Yosyp", "Iosif", "Józef", "Josef"],
  ["Yakiv", "Yakov", "Jakub", "Iacob"],
  ["Matvii", "Matvei", "Matvey", "Mateusz"],
  ["Sofiia", "Sofia", "Zofia"],
  ["Ivanna", "Ioana", "Joanna"],
];
