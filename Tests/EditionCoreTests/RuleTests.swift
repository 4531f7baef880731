@testable import EditionCore
import Testing

/// One test per rule, with the hard cases of the seed as named examples.
@Suite struct DateRuleTests {
    func dates(_ body: String) -> [String] { Fixtures.mentions(Fixtures.analyze(body), .date) }

    @Test func timeDayMonthYear() {
        #expect(dates("received at 0230 5 October 1951 Copy") == ["date:0230 5 October 1951=1951-10-05T02:30"])
    }

    @Test func yearlessDateTakesTheHeaderYear() {
        #expect(dates("the 26 September telegram") == ["date:26 September=1951-09-26"])
    }

    @Test func yearlessDateTakesTheNearestPrecedingFullDate() {
        #expect(dates("On 3 March 1953 he left; on 5 March he died.") == ["date:3 March 1953=1953-03-03", "date:5 March=1953-03-05"])
    }

    @Test func rangesAndPeriods() {
        #expect(dates("that is October-December") == ["date:October-December=1951-10/1951-12"])
        #expect(dates("complete I April-June 1952.") == ["date:April-June 1952=1952-04/1952-06"])
        #expect(dates("in the first half of 1954") == ["date:the first half of 1954=1954-01/1954-06"])
        #expect(dates("at the end of 1954") == ["date:the end of 1954=1954-12"])
        #expect(dates("in the first 10 days of October and") == ["date:the first 10 days of October=1951-10-01/1951-10-10"])
        #expect(dates("in June of this year about") == ["date:June of this year=1951-06"])
    }

    @Test func monthDayYearWithTime() {
        #expect(dates("Tokyo, June 8, 1952—7 p.m.") == ["date:June 8, 1952—7 p.m.=1952-06-08T19:00"])
    }

    @Test func dottedAndRomanMonths() {
        #expect(dates("Date: 06.03.1976/03:00") == ["date:06.03.1976/03:00=1976-03-06T03:00"])
        #expect(dates("on 23.X.59 he") == ["date:23.X.59=1959-10-23"])
    }

    @Test func bareTimes() {
        #expect(dates("Verified: Major [signature] 0500 (Chikarev)") == ["date:0500=T05:00"])
        #expect(dates("reported at 16:00 that") == ["date:16:00=T16:00"])
    }

    @Test func impossibleDateHasADiagnosticAndNoValue() {
        let text = Fixtures.analyze("on 31 February 1951 nothing happened.")
        #expect(Fixtures.mentions(text, .date) == ["date:31 February 1951=-"])
        #expect(text.diagnostics.map(\.rule) == ["date.impossible"])
    }
}

@Suite struct QuantityRuleTests {
    func quantities(_ body: String) -> [String] { Fixtures.mentions(Fixtures.analyze(body), .quantity) }

    @Test func countWithCalibre() {
        #expect(quantities("send us 120 85 mm anti-aircraft guns, and") == ["quantity:120 85 mm anti-aircraft guns=120", "quantity:85 mm=85"])
    }

    @Test func money() {
        #expect(quantities("a credit of 600 million ruble in") == ["quantity:600 million ruble=600000000"])
    }

    @Test func numberWordsFractionsDurations() {
        #expect(quantities("send five military specialists to") == ["quantity:five military specialists=5"])
        #expect(quantities("approximately one-fifth of") == ["quantity:one-fifth=0.2"])
        #expect(quantities("is four-fifths of") == ["quantity:four-fifths=0.8"])
        #expect(quantities("postponed by half a year, that") == ["quantity:half a year=0.5"])
        #expect(quantities("after eight years.") == ["quantity:eight years=8"])
        #expect(quantities("seven kinds of artillery ammunition, six kinds of tires for guns") == ["quantity:seven kinds of artillery ammunition=7", "quantity:six kinds of tires=6"])
    }

    @Test func notQuantities() {
        #expect(quantities("1. Please send Copy N° 2 to the file in 1952 complete") == [])
        #expect(quantities("the first ten divisions") == ["quantity:ten divisions=10"])
    }
}

@Suite struct IdnoRuleTests {
    func idnos(_ body: String) -> [String] { Fixtures.typed(Fixtures.analyze(body), .idno) }

    @Test func keywordGivesTheType() {
        #expect(idnos("CABLE N° 24547\n\nIncoming N° 800/3414/shs 5 October 1951") == ["cable:24547", "incoming:800/3414/shs"])
        #expect(idnos("CABLE N° 57?? Copy N° 1") == ["cable:57??", "copy:1"])
        #expect(idnos("Incoming N° 8[7]1/3445/shs 8 October") == ["incoming:8[7]1/3445/shs"])
        #expect(idnos("See Deptel 1047 of today.") == ["telegram:1047"])
    }
}

@Suite struct PersonRuleTests {
    func persons(_ body: String) -> [String] { Fixtures.mentions(Fixtures.analyze(body), .person) }

    @Test func titlesInitialsAndPseudonyms() {
        #expect(persons("Copies to Cde. Stalin") == ["person:Cde. Stalin=stalin"])
        #expect(persons("to Cde. FILIPPOV") == ["person:Cde. FILIPPOV=stalin"])
        #expect(persons("Cde Mao Zedong!") == ["person:Cde Mao Zedong=mao-zedong"])
        #expect(persons("telegram from A.F. Dobrynin to") == ["person:A.F. Dobrynin=dobrynin"])
    }

    @Test func uncertainReading() {
        let text = Fixtures.analyze("reference to a possible Cde. Kozlobin")
        #expect(text.annotations.first { $0.type == .person }?.subtype == "uncertain")
    }

    @Test func nameSeenWithTitleIsFoundAgainWithout() {
        #expect(persons("Ambassador Popa met us. Later Popa left.") == ["person:Ambassador Popa=popa", "person:Popa=popa"])
    }
}

@Suite struct PlaceAndOrgRuleTests {
    @Test func placesNotAdjectives() {
        let text = Fixtures.analyze("talks in Moscow with Soviet and Chinese delegates from [BEIJING].")
        #expect(Fixtures.mentions(text, .place) == ["place:Moscow=moscow", "place:BEIJING=beijing"])
    }

    @Test func organisations() {
        let text = Fixtures.analyze("our Ministry of Trade and the Soviet trade mission in China; the Soviet Government")
        #expect(Fixtures.mentions(text, .org) == ["org:Ministry of Trade=-", "org:Soviet trade mission in China=-", "org:Soviet Government=-"])
    }
}

@Suite struct EditorialRuleTests {
    func editorial(_ body: String) -> [String] { Fixtures.typed(Fixtures.analyze(body), .editorial) }

    @Test func kinds() {
        #expect(editorial("[We] have") == ["supplied:We"])
        #expect(editorial("[Handwritten note at the top containing the time]") == ["note:Handwritten note at the top containing the time"])
        #expect(editorial("[Stamp: SUBJECT TO RETURN]") == ["stamp:Stamp: SUBJECT TO RETURN"])
        #expect(editorial("Major [signature] 0500") == ["gap:signature"])
        #expect(editorial("the OS [Special Department]") == ["expan:Special Department"])
        #expect(editorial("CABLE N° 57??") == ["illegible:??"])
        #expect(editorial("[Control copy]\nNo. 17") == ["note:Control copy"])
    }
}

@Suite struct MoreRuleTests {
    func idnos(_ body: String) -> [String] { Fixtures.typed(Fixtures.analyze(body), .idno) }

    @Test func shelfmarksFileNumbersAndTelegrams() {
        #expect(idnos("RGANI. F. 3. Op. 66. D. 471. L. 97. Original.") == ["file:F. 3. Op. 66. D. 471"])
        #expect(idnos("See file 793B.00/1–1251 of the Department.") == ["file:793B.00/1–1251"])
        #expect(idnos("Accord Hong Kong tel 3768 June 13 and Embtel 3576.") == ["telegram:3768", "telegram:3576"])
        #expect(idnos("included as Enclosures No. 6, 7 and 8.") == ["other:6", "other:7", "other:8"])
        #expect(idnos("registered at building No. 4, apt. 24") == [])
        #expect(idnos("Spec. No. 1967 - 1968") == ["cable:1967 - 1968"])
    }

    @Test(arguments: [("793B.00/1–1251", true), ("894.10/6–852", true), ("611.61/1-2553", true), ("793.5/12–1151", true),
                      ("79.00/1-1251", false), ("793B.00/1–12", false), ("793B.00/123-1251", false), ("793B.00", false),
                      ("793BB.00/1-1251", false), ("793B.00/1–12512", false)])
    func fileNumberPattern(_ text: String, _ expected: Bool) {
        #expect(IdnoRule.isFileNumber(Array(text.utf8)[...]) == expected, "\(text)")
    }

    @Test func deicticDatesUseTheDocumentDate() {
        let text = Fixtures.analyze("Tokyo, June 8, 1952—7 p.m.\n\nYoshida invited me to dine with him last evening and at 12:00 noon today.", header: "**Title:** T\n\n**Date:** June 8, 1952\n\n**Description:**\n\n")
        #expect(Fixtures.mentions(text, .date) == ["date:June 8, 1952—7 p.m.=1952-06-08T19:00", "date:last evening=1952-06-07", "date:12:00 noon today=1952-06-08T12:00"])
    }

    @Test func pastReferenceRollsBack() {
        let text = Fixtures.analyze("Tokyo, January 11, 1952.\n\nHe said that Yoshida's letter of December 24 had been shown.", header: "**Title:** T\n\n**Date:** January 11, 1952\n\n**Description:**\n\n")
        #expect(Fixtures.mentions(text, .date).last == "date:December 24=1951-12-24")
    }

    @Test func moneyInContextAndPercentages() {
        let q = Fixtures.mentions(Fixtures.analyze("said something from 100 million to 200 million dollars, a ceiling of 200 millions; 25% of it."), .quantity)
        #expect(q == ["quantity:100 million=100000000", "quantity:200 million dollars=200000000", "quantity:200 millions=200000000", "quantity:25%=0.25"])
    }

    @Test func organisationsAcrossAStampLine() {
        let text = Fixtures.analyze("[Stamp at the bottom:\n\nto the IV Unit of the OS [Special Department]]\n\nVKP(b) CC Incoming N° 8 8 October 1951]")
        #expect(Fixtures.mentions(text, .org) == ["org:IV Unit of the OS [Special Department]]\n\nVKP(b) CC=-"])
    }
}
