package org.wirescope.actors;

import java.util.Set;

/**
 * Common given names that mark a person as a man or a woman, for pronoun agreement: "she" does not
 * refer back to "Donald Trump". Names used for both are left out, and a name missing here only means
 * the person's gender is learnt from the text instead (an honorific, a gendered role noun, or the first
 * pronoun resolved to the person).
 */
final class GivenNames {

    private GivenNames() {
    }

    static final Set<String> FEMALE = Set.of(
            "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
            "nancy", "lisa", "margaret", "betty", "sandra", "ashley", "dorothy", "kimberly", "emily", "donna",
            "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon",
            "cynthia", "kathleen", "amy", "shirley", "helen", "anna", "brenda", "pamela", "nicole", "ruth",
            "katherine", "samantha", "christine", "emma", "catherine", "debra", "virginia", "rachel", "carolyn",
            "janet", "maria", "heather", "diane", "julie", "joyce", "victoria", "kelly", "christina", "joan",
            "evelyn", "lauren", "judith", "olivia", "martha", "cheryl", "megan", "andrea", "hannah", "jacqueline",
            "ann", "alice", "kathryn", "gloria", "teresa", "doris", "sara", "janice", "julia", "marie", "madison",
            "grace", "judy", "theresa", "beverly", "denise", "marilyn", "amber", "danielle", "abigail", "brittany",
            "rose", "diana", "natalie", "sophia", "alexis", "lori", "kayla", "jane", "hillary", "hilary", "melania",
            "ivanka", "chelsea", "nikki", "kamala", "elaine", "ursula", "marine", "giorgia", "jacinda", "sanna",
            "kaja", "annalena", "liz", "condoleezza", "madeleine", "tulsi", "alexandria", "ilhan", "fatima", "aisha",
            "maryam", "zahra", "leila", "layla", "yasmin", "noor", "amina", "khadija", "mariam", "hana", "olena",
            "yulia", "svetlana", "natalia", "irina", "olga", "tatiana", "anastasia", "elena", "ekaterina",
            "valentina", "sofia", "lucia", "carmen", "isabel", "ana", "paula", "gabriela", "beatriz", "claudia",
            "camila", "daniela", "fernanda", "francesca", "chiara", "giulia", "anne", "sophie", "claire", "camille",
            "ingrid", "greta", "astrid", "sigrid", "karin", "birgit", "petra", "heike", "sabine", "monika",
            "angelika", "silke", "jelena", "ivana", "marta", "agnieszka", "katarzyna", "magdalena", "joanna",
            "benazir", "indira", "sonia", "priyanka", "mamata", "nirmala", "sushma", "angela", "alicia", "gennifer",
            "jill", "melanie", "gwen", "kellyanne", "huma", "debbie", "dianne", "tammy", "kirsten", "maxine",
            "sheila", "kathy", "mazie", "marsha", "joni", "shelley", "lindsay", "kate", "katie",
            "betsy", "kristi", "tina", "gretchen", "kristen", "liza", "erin", "megyn", "mika", "norah",
            "savannah", "gayle", "jodi", "carly", "meghan", "tiffany", "marla", "rosie", "oprah", "serena",
            "beyonce");

    static final Set<String> MALE = Set.of(
            "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
            "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
            "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
            "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
            "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
            "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan",
            "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin",
            "carl", "arthur", "lawrence", "dylan", "jesse", "bryan", "billy", "joe", "bruce", "gabriel", "logan",
            "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene",
            "russell", "bobby", "mason", "philip", "louis", "barack", "bernie", "mitt", "mitch", "mike", "ted",
            "newt", "rudy", "rand", "marco", "chuck", "boris", "emmanuel", "olaf", "vladimir", "sergei", "volodymyr",
            "jinping", "recep", "bibi", "naftali", "yair", "mahmoud", "ismail", "yahya", "hassan", "hossein",
            "mohammad", "mohammed", "muhammad", "ahmad", "ahmed", "ali", "abbas", "reza", "javad", "ebrahim",
            "hamid", "saeed", "majid", "mojtaba", "ruhollah", "akbar", "bashar", "hafez", "saddam", "moammar",
            "muammar", "abdullah", "abdul", "salman", "faisal", "khalid", "tamim", "mohamed", "abdel", "fattah",
            "hosni", "anwar", "ahmet", "mehmet", "mustafa", "kemal", "narendra", "rahul", "amit", "imran", "nawaz",
            "shinzo", "fumio", "yoshihide", "junichiro", "pierre", "francois", "nicolas", "jacques", "matteo",
            "giuseppe", "silvio", "mario", "pedro", "luis", "carlos", "jair", "luiz", "inacio", "andres", "manuel",
            "hugo", "fidel", "raul", "evo", "gustavo", "javier", "alberto", "mauricio", "enrique", "felipe",
            "gerhard", "helmut", "friedrich", "wolfgang", "karl", "hans", "jurgen", "dmitry", "alexei", "yevgeny",
            "viktor", "andrzej", "lech", "mateusz", "petro", "leonid", "aleksandr", "ilham", "nikol", "edi",
            "aleksandar", "shehbaz", "tim", "reince", "steve", "corey", "chris", "ben", "rick", "jeb", "jim",
            "harry", "tom", "nick", "jeh", "josh", "sherrod", "jon", "jeff", "bob", "dick", "al", "bill",
            "hillel", "brad", "phil", "dainis");
}
