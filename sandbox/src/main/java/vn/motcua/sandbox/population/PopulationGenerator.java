package vn.motcua.sandbox.population;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates the population data set: the demo citizens' households and about a hundred more, always the same
 * (fixed seed), with parents linked inside their households.
 */
final class PopulationGenerator {

    static final long SEED = 20_251_126L;
    static final int GENERATED_HOUSEHOLDS = 100;
    static final String AN = "079090001234";
    static final String BICH = "079195005678";
    static final String KHOA = "079201000321";
    /** A child, whose e-ID account has the basic level only. */
    static final String HUY = "079215000456";

    private static final int LAST_BIRTH_YEAR = 2024;
    private static final String HEAD = "Chủ hộ";
    private static final String WIFE = "Vợ";
    private static final String CHILD = "Con";
    private static final String KINH = "Kinh";
    private static final String VIETNAM = "Việt Nam";

    private final Random random = new Random(SEED);
    private final VietnameseNames names = new VietnameseNames(random);
    private final HcmcAddresses addresses = new HcmcAddresses(random);
    private final Set<String> usedIds = new HashSet<>(Set.of(AN, BICH, KHOA, HUY));
    private final List<Person> people = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();

    record Result(List<Person> people, List<Household> households) {
    }

    static Result generate() {
        PopulationGenerator generator = new PopulationGenerator();
        generator.demoHouseholds();
        for (int i = 0; i < GENERATED_HOUSEHOLDS; i++) {
            generator.randomHousehold();
        }
        generator.basicLevelDemoHousehold();
        return new Result(List.copyOf(generator.people), List.copyOf(generator.households));
    }

    private void demoHouseholds() {
        Draft an = draft(HcmcAddresses.of("45", "Lê Thánh Tôn", "Phường Bến Thành"), false, KINH);
        Person father = an.add(HEAD, new Person(AN, "Nguyễn Văn An", LocalDate.of(1990, 5, 12), Sex.MALE, KINH,
                VIETNAM, an.address, an.currentAddress, an.id, null, null));
        Person mother = an.add(WIFE, born(names.familyName(), Sex.FEMALE, year(1991, 1994), an));
        an.add(CHILD, born("Nguyễn", randomSex(), year(2019, 2019), an, father, mother));
        an.close();

        Draft bich = draft(HcmcAddresses.of("120", "Nguyễn Trãi", "Phường Bến Thành"), false, KINH);
        Person bichFather = bich.add(HEAD, born("Trần", Sex.MALE, year(1964, 1968), bich));
        Person bichMother = bich.add(WIFE, born(names.familyName(), Sex.FEMALE, year(1967, 1971), bich));
        bich.add(CHILD, new Person(BICH, "Trần Thị Bích", LocalDate.of(1995, 8, 20), Sex.FEMALE, KINH, VIETNAM,
                bich.address, bich.currentAddress, bich.id, bichFather.idNumber(), bichMother.idNumber()));
        bich.close();

        Draft khoa = draft(HcmcAddresses.of("8", "Tân Kỳ Tân Quý", "Phường Tân Phú"), false, KINH);
        Person khoaFather = khoa.add(HEAD, born("Lê", Sex.MALE, year(1970, 1974), khoa));
        Person khoaMother = khoa.add(WIFE, born(names.familyName(), Sex.FEMALE, year(1973, 1977), khoa));
        khoa.add(CHILD, new Person(KHOA, "Lê Minh Khoa", LocalDate.of(2001, 3, 3), Sex.MALE, KINH, VIETNAM,
                khoa.address, khoa.currentAddress, khoa.id, khoaFather.idNumber(), khoaMother.idNumber()));
        khoa.add(CHILD, born("Lê", Sex.FEMALE, year(2006, 2010), khoa, khoaFather, khoaMother));
        khoa.close();
    }

    /** Added after the generated households, so that they stay as they were before it. */
    private void basicLevelDemoHousehold() {
        Draft huy = draft(HcmcAddresses.of("17", "Lũy Bán Bích", "Phường Tân Phú"), false, KINH);
        Person mother = huy.add(HEAD, born(names.familyName(), Sex.FEMALE, year(1984, 1988), huy));
        huy.add(CHILD, new Person(HUY, "Phạm Gia Huy", LocalDate.of(2015, 6, 1), Sex.MALE, KINH, VIETNAM,
                huy.address, huy.currentAddress, huy.id, null, mother.idNumber()));
        huy.close();
    }

    private void randomHousehold() {
        int kind = random.nextInt(100);
        Draft household = draft(addresses.next(), random.nextInt(10) == 0, ethnicity());
        if (kind < 75) {
            couple(household, kind >= 60);
        }
        else if (kind < 90) {
            int year = year(1965, 1998);
            Person mother = household.add(HEAD, born(names.familyName(), Sex.FEMALE, year, household));
            children(household, null, mother, 1 + random.nextInt(2));
        }
        else {
            household.add(HEAD, born(names.familyName(), randomSex(), year(1950, 2004), household));
        }
        household.close();
    }

    private void couple(Draft household, boolean withGrandparent) {
        String family = names.familyName();
        int husbandYear = year(1955, 1995);
        Person grandparent = null;
        if (withGrandparent) {
            Sex sex = randomSex();
            String grandFamily = sex == Sex.MALE ? family : names.familyName();
            grandparent = born(grandFamily, sex, Math.max(1925, husbandYear - 22 - random.nextInt(14)), household);
        }
        Person husband = born(family, Sex.MALE, husbandYear, household,
                grandparent != null && grandparent.sex() == Sex.MALE ? grandparent : null,
                grandparent != null && grandparent.sex() == Sex.FEMALE ? grandparent : null);
        household.add(HEAD, husband);
        Person wife = household.add(WIFE, born(names.familyName(), Sex.FEMALE,
                Math.min(2000, husbandYear - 2 + random.nextInt(8)), household));
        if (grandparent != null) {
            household.add(grandparent.sex() == Sex.MALE ? "Cha" : "Mẹ", grandparent);
        }
        children(household, husband, wife, 1 + random.nextInt(3));
    }

    private void children(Draft household, Person father, Person mother, int count) {
        String family = father != null ? familyNameOf(father) : familyNameOf(mother);
        for (int i = 0; i < count; i++) {
            int year = mother.birthDate().getYear() + 20 + random.nextInt(20);
            if (year <= LAST_BIRTH_YEAR) {
                household.add(CHILD, born(family, randomSex(), year, household, father, mother));
            }
        }
    }

    private Person born(String family, Sex sex, int year, Draft household, Person father, Person mother) {
        LocalDate birthDate = LocalDate.ofYearDay(year, 1 + random.nextInt(Year.of(year).length()));
        return new Person(IdentityNumbers.next(random, birthDate, sex, usedIds), names.fullName(family, sex),
                birthDate, sex, household.ethnicity, VIETNAM, household.address, household.currentAddress,
                household.id, father == null ? null : father.idNumber(), mother == null ? null : mother.idNumber());
    }

    private Person born(String family, Sex sex, int year, Draft household) {
        return born(family, sex, year, household, null, null);
    }

    private Draft draft(String address, boolean livesElsewhere, String ethnicity) {
        String id = String.format("HK079%07d", households.size() + 1);
        return new Draft(id, address, livesElsewhere ? addresses.next() : address, ethnicity);
    }

    private static String familyNameOf(Person person) {
        return person.fullName().substring(0, person.fullName().indexOf(' '));
    }

    private String ethnicity() {
        int roll = random.nextInt(100);
        return roll < 90 ? KINH : roll < 97 ? "Hoa" : "Khmer";
    }

    private Sex randomSex() {
        return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    }

    private int year(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    /** A household being filled; {@link #close()} adds it and its members to the data set. */
    private final class Draft {

        private final String id;
        private final String address;
        private final String currentAddress;
        private final String ethnicity;
        private final List<Household.Member> members = new ArrayList<>();
        private final List<Person> residents = new ArrayList<>();

        Draft(String id, String address, String currentAddress, String ethnicity) {
            this.id = id;
            this.address = address;
            this.currentAddress = currentAddress;
            this.ethnicity = ethnicity;
        }

        Person add(String relation, Person person) {
            members.add(new Household.Member(person.idNumber(), relation));
            residents.add(person);
            return person;
        }

        void close() {
            people.addAll(residents);
            households.add(new Household(id, address, members.get(0).idNumber(), List.copyOf(members)));
        }
    }
}
