package bot

import (
	"embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"citizenbot/knowledge"
)

// Referrals name who is responsible for what citizens often ask a city
// about but no city does: child benefit (the Familienkasse), unemployment
// benefit (the employment agency), health insurance, public transport
// tickets. Without them such a question finds the city's nearest
// service ("Kindergeld" → "Elterngeld beantragen") and the bot answers
// with the wrong thing; with them it says it has no service for that and
// whom to ask.
//
// A referral file is a lexicon (knowledge.ParseLexicon): on the left the
// responsible body, as it fits the reply's sentence, in German and, after
// " | ", in English, so that the reply names it in its own language
// whichever file's phrase the question matched; on the right the phrases.
// A referral applies only when no found entry names the request in its
// title and the best one does not fit the question's words well
// (strongTitle): a catalogue that has the service after all answers with
// it, and a question that mentions child benefit while it asks for a
// registration certificate gets the certificate. Phrases name what is
// asked for, not a body that is often only mentioned: "the embassy wants a
// declaration of commitment" is a question for the city; a phrase of one
// word, which names a body or a benefit, counts only in the sentences that
// ask (see askedPart), or, in German, in the sentences before a question
// that names no noun (see namesNoNoun). So does an English phrase of two
// words that names no one (see namesProper): it is the German compound
// ("health insurance", Krankenkasse; "vacation days", Urlaubstage), and
// "paid for by his health insurance" is background as "von der
// Krankenkasse bezahlt" is; "Deutsche Bahn cancelled my train" names the
// company.
//
//go:embed referrals/*.txt
var referralFiles embed.FS

// strongTitle is the name fit from which an entry is plainly what a
// question asks for, referral or not.
const strongTitle = 0.5

// plainlyTitled reports whether the best candidate's title plainly fits
// the question (strongTitle).
func plainlyTitled(cands []candidate) bool { return len(cands) > 0 && cands[0].title >= strongTitle }

// minNamingPhrase is how many words a referral phrase needs to count for
// a question whose best entry's title plainly fits it: a word or two
// ("Kindergeld", "Schufa") may stand in a question about a service of the
// catalogue; "switch electricity provider" names what is asked.
const minNamingPhrase = 3

// referralTitles is how many of the best entries' titles are checked for
// the request's words.
const referralTitles = 3

var referrals = knowledge.EmbeddedLexicon(referralFiles, "referrals/*.txt")

// referral returns whom to ask about the question, named in lang, or "" when
// the question is not one the referrals know, or the catalogue may answer it:
// the best entry's title plainly fits the question, and no phrase of
// minNamingPhrase words or more names the matter ("How do I switch my
// electricity provider after moving into a new flat?", where the lexicon's
// words for moving in fit "Anmeldung einer Wohnung"). When the question tells
// of a move, that fit may come from the words search adds for it
// (candidate.moved), and a phrase of the sentences that ask still counts ("How
// do I cancel my mobile contract before I move back to Spain?"). So does one
// when the sentences that ask name no word of that title, which fits what the
// sentences before tell ("I ordered from a US online shop. How much customs
// fees will I pay?"). Only the sentences that ask count, too, when the best
// entry leads by words (see markLead) and they name a word of its title other
// than a word of applying (procedureWords: many titles end in "beantragen"),
// themselves or by the official words lex gives their phrases (see
// officialWords): in "Für den Traktor zahlen wir keine Kfz-Steuer. Bekommen
// wir dann diese grünen Nummernschilder?" the tax is why the asker wants the
// green plates, and in "My embassy wants certified fingerprints for a police
// clearance from my home country. Can I get my fingerprints taken and
// certified in Berlin?" the clearance is why the asker wants the
// "Beglaubigung von Fingerabdrücken". A
// phrase that only a clause of purpose names does not count when the part
// before it names the best entry's title (see purposeClauses), nor does a body
// of one word that demands what the question asks to get (see demandVerbs) or
// that a document it asks to get is for (see documentFor), nor a longer
// phrase that ends so in its sentence (see purposeOfDocument: "a death
// certificate for the inheritance" is no certificate of inheritance), nor the
// short phrase of a cost a witness asks to be paid back (see summonedWords),
// nor a phrase of the tourist information when the sentences that ask ask for
// a permit (see asksPermit), nor then one of the sentences before them when
// they ask an office for it: "Wir wollen auf dem Parkplatz eines Supermarkts
// Weihnachtsbäume verkaufen. Brauchen wir dafür eine Erlaubnis vom Amt?" asks
// for the city's permit, not about a car park's fines. The sentences that ask
// start after a dash that ends what the asker tells of themselves (see
// dashAsked). A phrase of the sentences before that names the one who refused
// counts when the sentences that ask ask how to object (see objectionWords),
// one that names who took the money they ask back when they ask so (see
// refundWords), one that names who lost what the asker gave into its care (see
// lostBy), one that names a body that failed to pay or does not answer the
// phone unless they name a word of the best entry's title (see failedBy),
// and one of one word when they ask for a decision (see decisionWords) or to
// pay in instalments (see paymentTerms).
func referral(question, lang string, cands []candidate, lex *knowledge.Lexicon) string {
	part := dashAsked(askedPart(question), lang)
	partWords := knowledge.Words(part)
	if anyIn(partWords, cityOffices) || containsPhrase(partWords, cityHelps) {
		return ""
	}
	titled := plainlyTitled(cands)
	words := knowledge.Words(question)
	// asked holds the phrases of the sentences that ask, when those are
	// not the whole question (nil: all of it asks).
	var asked, reported map[string]bool
	if part != question && !(lang == "de" && namesNoNoun(part, question)) && !asksPlainly(part) && !asksNewOne(partWords, words, cands) {
		asked = referralPhrases(part)
		if asksToGet(partWords) {
			reported = referralPhrases(reportedSpeech(toldPart(question, part)))
		}
	}
	strict := titled && !cands[0].moved && (asked == nil || namedInTitles(partWords, cands[:1]))
	// asking holds the words of the sentences that ask and the official
	// words lex gives their phrases (see officialWords), without words of
	// applying: what they may name of a title. Matching the lexicon is
	// worked out once, and only when a rule needs it.
	asking := sync.OnceValue(func() []string { return without(append(officialWords(part, lex), partWords...), procedureWords) })
	leads := asked != nil && len(cands) > 0 && cands[0].lead && namedInTitles(without(asking(), paymentTerms), cands[:1])
	advised := anyIn(partWords, helpWords) && bestTitleEndsIn(cands, adviceTitles)
	repaid := anyIn(partWords, repayWords) && anyIn(words, summonedWords) && bestTitleEndsIn(cands, compensationTitles)
	// kept holds the phrases outside comparisons and examples, when the
	// question has any (nil: it has none).
	var kept map[string]bool
	if rest := withoutSideMentions(question); rest != question {
		kept = referralPhrases(rest)
	}
	// purposed holds the phrases only a clause of purpose names (nil: no
	// clause of purpose, see purposeClauses).
	var purposed map[string]bool
	if purposes, rest := purposeClauses(question, cands); purposes != "" {
		purposed = referralPhrases(purposes)
		for phrase := range referralPhrases(rest) {
			delete(purposed, phrase)
		}
	}
	obtains, refunds := asksToGet(words), anyIn(partWords, refundWords)
	cancels := asksToCancel(partWords)
	objects := anyIn(partWords, objectionWords) || complainsNotOfStaff(words, partWords)
	decides := anyIn(partWords, decisionWords) && !namesOffice(partWords)
	defers := asksDeferral(partWords) && !namesOffice(words) && !slices.ContainsFunc(words, isCityCharge)
	permits := asksPermit(partWords)
	officePermit := permits && namesOffice(partWords)
	var counted []knowledge.Match
	for _, m := range referralMatches(question) {
		phrase := strings.Join(m.Phrase, " ")
		if purposed[phrase] || obtains && len(m.Phrase) == 1 && (followedWithin(words, [][]string{m.Phrase}, 1, demandVerbs) ||
			documentFor(words, m.Phrase[0])) || obtains && len(m.Phrase) > 1 && purposeOfDocument(question, m) ||
			discounted(words, m.Phrase) {
			continue
		}
		short := len(m.Phrase) == 1 || lang == "en" && len(m.Phrase) == 2 && !namesProper(question, m.Phrase)
		contract := cancels && slices.Contains(contractBodies, m.Adds)
		named := objects && refused(words, m.Phrase) || refunds && charged(words, m.Phrase) || lostBy(words, m.Phrase) ||
			failedBy(words, m.Phrase) && (len(cands) == 0 || !namedInTitles(asking(), cands[:1])) || decides && len(m.Phrase) == 1 ||
			defers && len(m.Phrase) == 1 && owedTo(question, m.Phrase) || contract
		told := short || titled || leads || officePermit || reported[phrase]
		if asked != nil && !asked[phrase] && !named && told || kept != nil && !kept[phrase] {
			continue
		}
		if strict && len(m.Phrase) < minNamingPhrase && !contract || (advised || repaid) && short || m.Adds == leisureListings && permits {
			continue
		}
		if contract || !phraseInTitles(m.Phrase, cands) {
			counted = append(counted, m)
		}
	}
	// A phrase whose words a longer phrase that counts has too yields to
	// it: "no Schufa" in "which bank opens an account with no Schufa?" is
	// about the bank, not the credit agency that "Schufa" names.
	for _, m := range counted {
		if !slices.ContainsFunc(counted, func(o knowledge.Match) bool {
			return len(o.Phrase) > len(m.Phrase) && !slices.ContainsFunc(m.Phrase, func(w string) bool { return !slices.Contains(o.Phrase, w) })
		}) {
			return bodyName(m.Adds, lang)
		}
	}
	return ""
}

// A question for someone who helps with the matters of other bodies
// ("Gibt es im Bezirksamt jemanden, der mir bei Fragen zu Rente und
// Krankenkasse hilft?", "is there a counselling service that helps
// newcomers sort out Kindergeld, Elterngeld and other benefits?") asks
// for the city's advice when the best entry offers advice by its title
// (adviceTitles): the bodies it names are what the advice is about. Their
// short phrases, which name a body or a benefit, do not count then; a
// longer one still names what is asked ("switch my health insurance").
// Folded words: helpWords ask for help, adviceTitles end a title word
// that offers it ("Sozialberatung").
var (
	helpWords = []string{"hilft", "helfen", "hilfe", "unterstuetzt", "beraet", "beraten", "beratung", "help", "helps",
		"counselling", "counseling", "advice", "support"}
	adviceTitles = []string{"beratung", "unterstuetzung", "auskunft"}
)

// A monthly ticket the question calls cheap or reduced ("How do I get the
// cheap monthly ticket?", "the cheap Berlin S monthly ticket") is the
// social ticket, whose proof of entitlement the city issues, not the
// transport companies' fare: a referral phrase that names a monthly ticket
// (monthlyWords) with a word of discountWords up to discountReach words
// before it counts for nothing. A cheap train ticket or Bahncard stays the
// railway's.
var (
	monthlyWords  = []string{"monthly", "monatskarte", "monatsticket"}
	discountWords = [][]string{{"cheap"}, {"cheaper"}, {"reduced"}, {"discounted"}, {"social"}, {"guenstige"}, {"guenstiges"},
		{"guenstigen"}, {"billige"}, {"billiges"}, {"billigen"}, {"ermaessigte"}, {"ermaessigtes"}, {"ermaessigten"},
		{"verguenstigte"}, {"verguenstigtes"}, {"verguenstigten"}}
)

const discountReach = 3

// discounted reports whether phrase names a monthly ticket and one of
// discountWords stands up to discountReach words before its first word in
// the folded words.
func discounted(words, phrase []string) bool {
	return anyIn(phrase, monthlyWords) && followedWithin(words, discountWords, discountReach, phrase[:1])
}

// A question of someone a court summoned (summonedWords: a witness, a lay
// judge, an interpreter) to be paid back for costs ("Ich war als Zeugin
// geladen. Bekomme ich den Lohnausfall und die Fahrkarte ersetzt?", "I was
// a witness … Can I get money back for the lost wages and the train
// ticket?", "How do I get compensated for that and for my train
// ticket?") asks for the compensation the court pays when the best entry
// pays it by its title (compensationTitles): the costs it names are what
// is paid back, and their short phrases (a ticket for the transport
// companies) do not count. Folded words: repayWords ask to be paid back,
// compensationTitles end a title word that pays.
var (
	summonedWords = []string{"zeuge", "zeugin", "zeugen", "witness", "schoeffe", "schoeffin", "schoeffen", "juror",
		"dolmetscher", "dolmetscherin", "interpreter", "sachverstaendiger", "sachverstaendige"}
	repayWords = []string{"ersetzt", "ersetzen", "erstattet", "erstatten", "entschaedigt", "entschaedigen", "back", "reimbursed",
		"reimburse", "refund", "paid", "compensated", "compensate", "compensation"}
	compensationTitles = []string{"entschaedigung", "verguetung"}
)

// bestTitleEndsIn reports whether a word of the best candidate's title
// ends in one of ends.
func bestTitleEndsIn(cands []candidate, ends []string) bool {
	return len(cands) > 0 && anyEndsIn(knowledge.Words(cands[0].entry.Title), ends)
}

// objectionWords are the folded words by which the sentences that ask ask how
// to object to a decision; so do words of complaining (complaintStarts) that
// speak of no member of an office's staff nor of rude treatment (see
// complainsNotOfStaff): "My health insurance refuses to pay for my
// physiotherapy. Who can I complain to?", not "The Jobcenter refused because
// the clerk at the Bürgeramt got my address wrong. Where can I complain about
// that clerk?" (see staffComplaint). An objection goes to whoever refused, so
// a referral phrase that names the one who refused (see refused) counts as if
// the sentences that ask named it: "Barmer rejected paying for my
// physiotherapy. How long do I have to send them a Widerspruch?", "Jetzt lehnt
// die Pflegekasse den Pflegegrad ab. Lohnt sich ein Widerspruch?". Other
// phrases there tell why the city refused: "Mein Elterngeld wurde wegen
// Krankengeld abgelehnt. Wie lege ich Widerspruch ein?".
var objectionWords = []string{"widerspruch", "einspruch", "widersprechen", "objection", "object", "appeal"}

// complainsNotOfStaff reports whether the sentences that ask (asked,
// folded) ask how to complain, and the question (words, folded) speaks of
// no member of an office's staff (see namesStaff) and of no rude treatment
// (see objectionWords).
func complainsNotOfStaff(words, asked []string) bool {
	return anyStartsIn(asked, complaintStarts) &&
		!namesStaff(words) && !anyIn(words, rudeWords)
}

// decisionWords are the folded words by which the sentences that ask ask
// when or whether a decision comes. A decision comes from the body that
// decides or pays, so a referral phrase of one word that the sentences
// before name, a body or a benefit, counts as if the sentences that ask
// named it, unless they name an office themselves (see namesOffice):
// "Seit drei Monaten warte ich auf das Kindergeld. Wann kommt endlich die
// Entscheidung?", not "Ich wohne neben einem Fitnessstudio. Wann
// entscheidet das Bauamt über meinen Antrag?".
var decisionWords = []string{"entscheidung", "entscheiden", "entscheidet", "entschieden", "decision", "decide", "decides", "decided"}

// refusalVerbs are the folded German finite verbs of refusing, which
// stand before or after the one who refuses ("Die Krankenkasse lehnt …
// ab", "jetzt lehnt die Krankenkasse … ab"), and refusedBy the English
// ones, which follow them ("Barmer rejected"). A German participle of
// refusing, or of rating too low (refusalParticiples), counts when it
// closes a perfect whose auxiliary (perfectAuxiliaries) follows the one
// who refused right after ("Das Jobcenter hat meinen Antrag abgelehnt",
// "Die Pflegekasse hat meine Mutter nur in Pflegegrad 2 eingestuft");
// alone it tells of the thing refused as often ("wegen Krankengeld
// abgelehnt", "rejected because of my Kindergeld").
var (
	refusalVerbs       = []string{"lehnt", "lehnte", "lehnen", "lehnten", "weigert", "weigerte"}
	refusedBy          = []string{"rejected", "rejects", "refuses", "refused", "denied", "denies", "declined", "declines"}
	refusalParticiples = []string{"abgelehnt", "verweigert", "eingestuft"}
	perfectAuxiliaries = []string{"hat", "haben"}
)

// refusalReach is how many words from a referral phrase a verb of refusal
// may stand, and perfectReach how many words after a perfect's auxiliary
// its participle.
const (
	refusalReach = 2
	perfectReach = 7
)

// refused reports whether the phrase names, in the folded words, the one
// who refuses: the phrase tells the refusal itself ("refused by the German
// consulate"), a word of refusalVerbs stands within refusalReach words
// before or after it, a word of refusedBy within refusalReach words after
// it, or an auxiliary of the perfect right after it with a participle of
// refusing within perfectReach words after that.
func refused(words, phrase []string) bool {
	if anyIn(phrase, refusedBy) {
		return true
	}
	for i := range words {
		if !phraseAt(words, i, phrase) {
			continue
		}
		end := i + len(phrase)
		before, after := words[max(0, i-refusalReach):i], words[end:min(len(words), end+refusalReach)]
		if anyIn(before, refusalVerbs) || anyIn(after, refusalVerbs) || anyIn(after, refusedBy) {
			return true
		}
		if closesPerfect(words[end:], refusalParticiples, perfectReach) {
			return true
		}
	}
	return false
}

// closesPerfect reports whether the folded words open with an auxiliary of
// the perfect and have one of participles within reach words after it.
func closesPerfect(words, participles []string, reach int) bool {
	return len(words) > 0 && slices.Contains(perfectAuxiliaries, words[0]) &&
		anyIn(words[1:min(len(words), 1+reach)], participles)
}

// cancelWords and cancelPhrases are the folded words by which the
// sentences that ask ask to end a contract, when they name one too
// (contractWords, or a word that ends in one of contractEndings, as
// "Handyvertrag" and "Kfz-Versicherung" do): "How do I cancel my
// registration?" after a cancelled internet contract asks for the
// deregistration, "Kann ich nach der Kündigung Wohngeld beantragen?" for
// housing benefit. A contract is the provider's (contractBodies, left sides
// of the referral files), so a phrase that names one counts as if the
// sentences that ask named it, however short it is when the best entry's
// title plainly fits, and although a title names it ("Muss ich die
// Kfz-Versicherung bis 30. November kündigen?" beside "Kraftfahrzeug -
// elektronische Versicherungsbestätigung"): a move is often why the
// contract is to end, and the registration it names is told, not asked ("I
// moved to a new flat and Vodafone can't provide internet there. Can I
// cancel my contract early?", "Can I end my Vattenfall electricity
// contract early if I move out of Berlin?").
var (
	cancelWords = []string{"kuendigen", "kuendige", "kuendigung", "sonderkuendigung", "kuendbar", "cancel", "cancelling",
		"canceling", "cancellation", "terminate"}
	cancelPhrases = [][]string{{"aus", "dem", "vertrag"}, {"out", "of", "the", "contract"}, {"out", "of", "my", "contract"},
		{"end", "my"}, {"end", "the"}, {"end", "our"}}
	contractWords = []string{"contract", "contracts", "tarif", "abo", "abonnement", "subscription", "membership",
		"mitgliedschaft"}
	contractEndings = []string{"vertrag", "vertrags", "versicherung"}
	contractBodies  = []string{
		"Ihr Mobilfunk- oder Internetanbieter | your mobile or internet provider",
		"Ihr Energieversorger | your energy supplier",
		"Ihre Versicherung | your insurer",
		"das Verkehrsunternehmen (die Verkehrsbetriebe oder die Deutsche Bahn) | the public transport companies or Deutsche Bahn",
	}
)

// asksToCancel reports whether the folded words ask to end a contract
// they name (see cancelWords).
func asksToCancel(words []string) bool {
	return (anyIn(words, cancelWords) || containsPhrase(words, cancelPhrases)) &&
		(anyIn(words, contractWords) || anyEndsIn(words, contractEndings))
}

// refundWords are the folded words by which the sentences that ask ask
// for money back. Money comes back from whoever took it, so a referral
// phrase that names the one who debited it (see charged) counts as if the
// sentences that ask named it: "Der Zoll hat die Kfz-Steuer für mein Auto
// doppelt abgebucht. An wen wende ich mich, um das Geld zurückzubekommen?",
// "The Hauptzollamt took the car tax twice. How do I get the money back?".
var refundWords = []string{"zurueck", "zurueckbekommen", "zurueckzubekommen", "zurueckholen", "back"}

// chargeParticiples close a perfect whose auxiliary follows right after
// the one who took money from the asker, within chargeReach words: what
// was charged for is often told at length ("Das Hauptzollamt hat mir die
// Kfz-Steuer für mein Auto dieses Jahr zweimal abgebucht"); chargeVerbs
// follow right after it: "The Hauptzollamt took the car tax twice".
var (
	chargeParticiples = []string{"abgebucht", "eingezogen"}
	chargeVerbs       = []string{"took"}
)

// chargeReach is how many words after the auxiliary a participle of
// chargeParticiples may stand.
const chargeReach = 12

// charged reports whether the phrase names, in the folded words, the one
// who took money from the asker (see chargeParticiples and chargeVerbs).
func charged(words, phrase []string) bool {
	return anyAfter(words, [][]string{phrase}, func(after []string) bool {
		return closesPerfect(after, chargeParticiples, chargeReach) || len(after) > 0 && slices.Contains(chargeVerbs, after[0])
	})
}

// lossParticiples close a perfect whose auxiliary follows right after
// the one who lost what the asker gave into its care, within lossReach
// words ("Die Fluggesellschaft hat meinen Koffer in Istanbul verloren");
// lostVerbs follow right after it: "Eurowings lost my suitcase". Whoever
// lost it is whom to ask about it, whatever the sentences that ask name.
var (
	lossParticiples = []string{"verloren", "verschlampt"}
	lostVerbs       = []string{"lost", "misplaced"}
)

// lossReach is how many words after the auxiliary a participle of
// lossParticiples may stand.
const lossReach = 6

// lostBy reports whether the phrase names, in the folded words, the one
// who lost something of the asker's (see lossParticiples).
func lostBy(words, phrase []string) bool {
	return anyAfter(words, [][]string{phrase}, func(after []string) bool {
		return closesPerfect(after, lossParticiples, lossReach) || len(after) > 0 && slices.Contains(lostVerbs, after[0])
	})
}

// A body that failed to pay ("The Familienkasse still hasn't paid Kindergeld
// for my newborn", "Die Familienkasse hat seit drei Monaten kein Kindergeld
// mehr überwiesen") or does not answer the phone ("bei der Familienkasse geht
// keiner ans Telefon", "familienkasse geht nie ans telefon", "familienkasse
// ewig in der warteschleife") is whom to ask about it, whatever the sentences
// that ask name: within failReach words after the phrase that names it stand
// a word of failNegations and a participle of payWords, or a word of
// phoneWords and, before or after the phrase, one of nobodyWords, or a word
// of neverWords up to neverReach words before the phone word; or a word of
// queueWords stands within queueReach words after the phrase ("Ich habe beim
// Bürgeramt angerufen wegen Kindergeld, aber ich hänge ewig in der
// Warteschleife" waits for the office). That a body stopped paying is often
// why the asker needs a service ("I found a job, so the Jobcenter stopped
// paying. How do I pay my share of the room?"), and "bezahlt" is a present
// tense too ("Ich habe keine Krankenversicherung – wer bezahlt den Arzt?").
var (
	failNegations = []string{"nicht", "kein", "keine", "keinen", "nichts", "nie", "not", "hasn", "haven", "never"}
	payWords      = []string{"gezahlt", "ueberwiesen", "ausgezahlt", "paid", "transferred"}
	nobodyWords   = []string{"keiner", "niemand", "nobody", "noone"}
	neverWords    = []string{"nie"}
	phoneWords    = []string{"telefon", "phone"}
	queueWords    = []string{"warteschleife"}
)

// neverReach is how many words before a phone word a word of neverWords may
// stand ("geht nie ans Telefon"; not "sagte am Telefon, ich sei nie
// versichert"), and queueReach how many words after a body's phrase a word
// of queueWords.
const (
	neverReach = 3
	queueReach = 5
)

// failReach is how many words after (or before) a body's phrase the words
// of its failing may stand.
const failReach = 8

// failedBy reports whether the phrase names, in the folded words, a body
// that failed to pay or to answer (see failNegations).
func failedBy(words, phrase []string) bool {
	for i := range words {
		if !phraseAt(words, i, phrase) {
			continue
		}
		before, after := words[max(0, i-failReach):i], words[i+len(phrase):min(len(words), i+len(phrase)+failReach)]
		unpaid := anyIn(after, failNegations) && anyIn(after, payWords)
		p := slices.IndexFunc(after, func(w string) bool { return slices.Contains(phoneWords, w) })
		unanswered := p >= 0 && (anyIn(before, nobodyWords) || anyIn(after, nobodyWords) || anyIn(after[max(0, p-neverReach):p], neverWords))
		if unpaid || unanswered || anyIn(after[:min(len(after), queueReach)], queueWords) {
			return true
		}
	}
	return false
}

// demandVerbs are the folded verbs by which a body demands something of
// the asker. A body of one word that one of them follows right after is
// why the asker needs a document, when the question asks to get it (see
// asksToGet): "Das Jobcenter will eine Bescheinigung über die Entfernung
// zur Arbeit – wer stellt sowas aus?", "The Jobcenter wants an official
// certificate … who issues that?".
var demandVerbs = []string{"will", "wollen", "verlangt", "verlangen", "fordert", "fordern", "moechte", "braucht", "brauchen",
	"want", "wants", "needs", "requires", "asks", "asked", "demands", "requests", "requested"}

// documentEnds end the folded words for a document, forWords are the
// prepositions that say what it is for, and forArticles the articles
// that may follow them.
var (
	documentEnds = []string{"urkunde", "urkunden", "bescheinigung", "bescheinigungen", "nachweis", "nachweise", "certificate",
		"certificates", "proof"}
	forWords    = []string{"for", "fuer", "fuers"}
	forArticles = []string{"the", "die", "das", "den"}
	determiners = []string{"a", "an", "the", "my", "our", "your", "this", "that", "ein", "eine", "einen", "die", "den", "der",
		"meine", "meinen", "unsere", "unseren"}
)

// documentFor reports whether the folded word w, in any inflection (a referral
// phrase matches in any: "krankenkassen" in "für die Krankenkasse"), stands,
// in words, for what a document is for: right after a word of forWords, or
// after it and an article, that follows a document named by what it certifies
// (see namedDocument). A body or benefit named so is why the asker needs the
// document, when the question asks to get it: "How do we register the birth
// and get the birth certificates for Kindergeld?". A certificate named by
// nothing else may be about the benefit, and from the body that pays it: "a
// certificate for the Kindergeld I was paid last year".
func documentFor(words []string, w string) bool {
	stems := stemsOf([]string{w}, []string{w})
	for i := range words {
		if !stemIn(words[i], stems) {
			continue
		}
		j := i - 1
		if j > 0 && slices.Contains(forArticles, words[j]) {
			j--
		}
		if j > 0 && slices.Contains(forWords, words[j]) && namedDocument(words[:j]) {
			return true
		}
	}
	return false
}

// namedDocument reports whether the last of the folded words is a word
// for a document (documentEnds) named by what it certifies: a German
// compound ("geburtsurkunde", "meldebescheinigung") or a word before it
// that is no determiner ("birth certificates", not "a certificate").
func namedDocument(words []string) bool {
	n := len(words)
	if !endsIn(words[n-1], documentEnds) {
		return false
	}
	return !slices.Contains(documentEnds, words[n-1]) || n > 1 && !slices.Contains(determiners, words[n-2])
}

// speechWords are the folded words by which a sentence reports what
// someone said. A referral phrase only such a sentence names does not
// count when the sentences that ask ask to get something (obtainWords):
// what the adviser said is why the asker needs the document. It does when
// they ask what to do: "Mein Arbeitgeber sagt, ich hätte die Elternzeit zu
// spät angemeldet. Wie viele Wochen vorher muss man die anmelden?"
var speechWords = []string{"sagt", "sagte", "meint", "meinte", "says", "said", "told"}

// reportedSpeech returns the sentences of text that report what someone
// said: "Der Steuerberater sagt, das können wir steuerlich absetzen, wenn
// wir eine Bescheinigung vorlegen. Wo bekommen wir die?" asks for the
// certificate the adviser spoke of, not for the adviser.
func reportedSpeech(text string) string {
	return sentencesWhere(text, func(s string) bool { return anyIn(knowledge.Words(s), speechWords) })
}

// purposeMarks open a clause that says what the asker needs something
// for, in lower case and with the spaces around them. An English "so"
// opens one too when a modal verb of purposeModals follows within
// purposeReach words and no word that opens a question comes right after
// it: "so the care insurance can pay for it", not "so what can I do".
var (
	purposeMarks  = []string{" damit ", " sodass ", " so dass ", " so that "}
	purposeModals = []string{"can", "could", "will", "would", "may"}
)

// purposeReach is how many words after "so" the modal verb may stand.
const purposeReach = 4

// recognitionWords are folded words by which the part before a clause of
// purpose asks that the asker be recognised, with a word of askerPersons:
// "Wie werden wir offiziell anerkannt, damit die Familien das mit der
// Pflegekasse abrechnen können?" asks the body that recognises the
// association, not the one that pays. A document recognised is the payer's
// matter ("Wie wird meine Krankschreibung anerkannt, damit die Krankenkasse
// Krankengeld zahlt?"), and so is one approved: "How do I get my sick note
// approved so my health insurance can pay me sick pay?".
var (
	recognitionWords = []string{"anerkannt", "zugelassen", "recognised", "recognized", "accredited"}
	askerPersons     = []string{"ich", "wir", "i", "we"}
)

// purposeClauses returns the clauses of purpose of the question's
// sentences whose part before the clause names a word of the best
// candidate's title or asks that the asker be recognised (see
// recognitionWords), and the rest of the question: "Wie bekommen wir die
// Bescheinigung fürs Finanzamt, damit wir die Kosten steuerlich absetzen
// können?" asks for the certificate, and the tax adviser its purpose names
// is not whom to ask. Both are in lower case.
func purposeClauses(question string, cands []candidate) (purposes, rest string) {
	if len(cands) == 0 {
		return "", question
	}
	var ps, rs []string
	for _, s := range sentencesOf(strings.ToLower(question)) {
		purpose, main := purposeSplit(s)
		words := knowledge.Words(main)
		if purpose != "" && (namedInTitles(words, cands[:1]) || anyIn(words, recognitionWords) && anyIn(words, askerPersons)) {
			ps, rs = append(ps, purpose), append(rs, main)
			continue
		}
		rs = append(rs, s)
	}
	return strings.Join(ps, " "), strings.Join(rs, " ")
}

// purposeSplit returns the clause of purpose of the lower-case sentence s
// and the rest of it, or "" and s. The clause runs from its mark (see
// purposeStart) to the end of the sentence, or, when the sentence opens
// with it, to the first comma: "Damit die Familien das mit der Pflegekasse
// abrechnen können, brauchen wir eine Anerkennung, oder?".
func purposeSplit(s string) (purpose, rest string) {
	if i := purposeStart(s); i > 0 {
		return s[i:], s[:i]
	}
	for _, m := range purposeMarks {
		if strings.HasPrefix(s, strings.TrimLeft(m, " ")) {
			if j := strings.Index(s, ","); j > 0 {
				return s[:j], s[j+1:]
			}
		}
	}
	return "", s
}

// purposeStart returns the index in the lower-case sentence s of the first
// mark that opens a clause of purpose (see purposeMarks), or -1.
func purposeStart(s string) int {
	i := -1
	for _, m := range purposeMarks {
		if j := strings.Index(s, m); j > 0 && (i < 0 || j < i) {
			i = j
		}
	}
	for j := 0; ; {
		k := strings.Index(s[j:], " so ")
		if k < 0 || i >= 0 && j+k >= i {
			return i
		}
		j += k
		if after := knowledge.Words(s[j+len(" so "):]); len(after) > 0 && !slices.Contains(questionOpeners, after[0]) &&
			anyIn(after[:min(len(after), purposeReach)], purposeModals) {
			return j
		}
		j++
	}
}

// cityOffices are the folded names of the city's social welfare office
// and of its insurance office (Versicherungsamt), which takes pension
// claims and helps with them: a question that asks what one of them does
// is for the city whatever body it names beside ("Die Krankenkasse zahlt
// keine Haushaltshilfe – gibt es vom Sozialamt Hilfe fürs Einkaufen?",
// "Übernimmt das Sozialamt die Arztkosten, wenn man keine
// Krankenversicherung hat?", "Die Rentenversicherung will meine
// Witwenrente zurück. Hilft mir das Versicherungsamt beim Widerspruch?").
var cityOffices = []string{"sozialamt", "sozialamts", "sozialaemter", "versicherungsamt", "versicherungsamts", "versicherungsaemter"}

// cityHelps are the folded words by which the sentences that ask ask
// whether the city or its district helps, whatever body the question names
// beside: "Vattenfall droht mit einer Stromsperre, ich bekomme kein
// Bürgergeld – hilft mir das Land Berlin irgendwie?".
var cityHelps = [][]string{
	{"hilft", "mir", "das", "land"}, {"hilft", "uns", "das", "land"}, {"hilft", "mir", "die", "stadt"}, {"hilft", "uns", "die", "stadt"},
	{"hilft", "mir", "der", "bezirk"}, {"hilft", "uns", "der", "bezirk"}, {"does", "the", "city", "help"}, {"can", "the", "city", "help"},
	{"does", "the", "district", "help"}, {"can", "the", "district", "help"},
}

// purposeOfDocument reports whether the last word of the referral phrase
// m stands, in a sentence of question where m occurs, for what a document
// is for (see documentFor): "a death certificate for the inheritance".
func purposeOfDocument(question string, m knowledge.Match) bool {
	last := m.Phrase[len(m.Phrase)-1]
	return slices.ContainsFunc(sentencesOf(question), func(s string) bool {
		return slices.ContainsFunc(referrals().Matches(s), func(o knowledge.Match) bool { return sameMatch(o, m) }) &&
			documentFor(knowledge.Words(s), last)
	})
}

// sameMatch reports whether two matches are of the same rule and phrase.
func sameMatch(a, b knowledge.Match) bool {
	return a.Adds == b.Adds && slices.Equal(a.Phrase, b.Phrase)
}

// referralMatches returns the referral phrases that occur in text within
// one of its sentences, in the order of the rules: "Mein Waffenschein ist
// bei einem Einbruch weggekommen. Anzeige bei der Polizei hab ich
// gemacht." reports no burglary to the police.
func referralMatches(text string) []knowledge.Match {
	matches := referrals().Matches(text)
	sentences := sentencesOf(text)
	if len(matches) == 0 || len(sentences) < 2 {
		return matches
	}
	var within []knowledge.Match
	for _, sentence := range sentences {
		within = append(within, referrals().Matches(sentence)...)
	}
	return slices.DeleteFunc(matches, func(m knowledge.Match) bool {
		return !slices.ContainsFunc(within, func(o knowledge.Match) bool { return sameMatch(o, m) })
	})
}

// referralPhrases returns the referral phrases that occur in text, each
// as its folded words joined by spaces.
func referralPhrases(text string) map[string]bool {
	phrases := map[string]bool{}
	for _, m := range referralMatches(text) {
		phrases[strings.Join(m.Phrase, " ")] = true
	}
	return phrases
}

// privateMatter returns whom to ask, named in lang, about a matter that
// no referral phrase names, by the shape of the question: an individual
// legal assessment (assessment.go), a dispute of private law
// (dispute.go), when a place is open or an event takes place (hours.go),
// when a line runs (timetable.go), where to go for a pastime (outings.go),
// signing up with a provider (signup.go), compensation for a disrupted
// flight or train (trips.go); or "".
func privateMatter(question, lang string, cands []candidate) string {
	if who := disruptedTrip(question, cands); who != "" {
		return bodyName(who, lang)
	}
	switch {
	case asksAssessment(question, cands):
		return bodyName(legalAssessment, lang)
	case dispute(question, cands):
		return bodyName(legalAdvice, lang)
	case asksHours(question):
		return bodyName(placeHours, lang)
	case asksEventDate(question):
		return bodyName(eventDates, lang)
	case asksTimetable(question):
		return bodyName(transportTimetable, lang)
	case asksOuting(question):
		return bodyName(leisureListings, lang)
	case signsUpWithProvider(question):
		return bodyName(providerSignUp, lang)
	}
	return ""
}

// askedPart returns the sentences of text that end with a question mark,
// when it has others too, else the whole text. A referral phrase of one
// word names a body or a benefit ("Jobcenter", "Kindergeld"), and counts
// only there: in the other sentences it is often the background of a
// question for the city ("Ich bekomme Bürgergeld. Wie komme ich an das
// Sozialticket?", "Die Familienkasse will einen Nachweis, dass ich in
// Berlin wohne. Wo bekomme ich den?"). A last sentence without a question
// mark asks too when it opens as a question does (questionOpeners): many
// citizens type none, or only on an earlier question ("ich bekomme
// bürgergeld. wie komm ich an das sozialticket", "darf der das überhaupt?
// wo kann man sowas melden").
func askedPart(text string) string {
	sentences := sentencesOf(text)
	var asked []string
	for _, s := range sentences {
		if strings.HasSuffix(s, "?") {
			asked = append(asked, s)
		}
	}
	if n := len(sentences); n > 1 && !strings.HasSuffix(sentences[n-1], "?") {
		if last := sentences[n-1]; opensWithWord(last, questionOpeners) {
			asked = append(asked, last)
		}
	}
	if len(asked) == 0 || len(asked) == len(sentences) {
		return text
	}
	return strings.Join(asked, " ")
}

// dashAsked returns the part of the sentences that ask after a dash (an
// en or em dash, or a hyphen between spaces) when the part before it tells
// of the asker (askerPersons) and the part after it names its own matter:
// in "Den Erbschein habe ich jetzt – wie wird das Grundbuch auf mich
// umgeschrieben?" the certificate is the asker's situation, as in a
// sentence of its own. The part after the dash asks about what the part
// before it names when it refers back to it (see pointsBack: "Ich habe
// einen Nachsendeauftrag – was kostet der?") or, in German, names no noun
// ("Ich habe ein Schreiben der Familienkasse – was muss ich jetzt tun?");
// a part before the dash that names no asker names the matter itself
// ("KfW-Zuschuss Wärmepumpe – wo beantragen?"), and one that opens as a
// question asks too. lang is the question's language.
func dashAsked(text, lang string) string {
	parts := strings.FieldsFunc(strings.ReplaceAll(text, " - ", " – "), isDash)
	for i := 1; i < len(parts); i++ {
		if !opensWithWord(parts[i], questionOpeners) {
			continue
		}
		told, rest := strings.Join(parts[:i], " "), strings.TrimSpace(strings.Join(parts[i:], " – "))
		toldWords := knowledge.Words(told)
		if len(toldWords) == 0 || !anyIn(toldWords, askerPersons) || slices.Contains(questionOpeners, toldWords[0]) ||
			pointsBack(rest) || lang == "de" && !namesNoun(rest) {
			return text
		}
		return rest
	}
	return text
}

func isDash(r rune) bool { return r == '–' || r == '—' }

// namesNoun reports whether a word of text other than its first is
// capitalized, as German nouns are.
func namesNoun(text string) bool {
	fields := strings.Fields(text)
	return slices.ContainsFunc(fields[min(1, len(fields)):], func(f string) bool {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(f, "\"„'(-"))
		return unicode.IsUpper(r)
	})
}

// placeBacks and personBacks are the folded words by which a question may
// point back to a place, body or thing it named before: "… bei der
// Familienkasse – warum ist da noch nix passiert?", "… einen
// Nachsendeauftrag – wann läuft er ab?". demonstratives are the German
// articles that stand for a noun named before when no noun follows them:
// "was kostet der und wie lange vorher muss ich den stellen?".
var (
	placeBacks     = []string{"da", "dort", "there"}
	personBacks    = []string{"er", "sie", "ihm", "ihr", "ihnen", "he", "she", "they", "him", "her"}
	demonstratives = []string{"der", "die", "das", "den", "dem"}
)

// pointsBack reports whether text refers back to what comes before it: by
// a word of backReferences, placeBacks or personBacks, or by one of
// demonstratives that no capitalized word follows (German nouns are) or
// that ends the text.
func pointsBack(text string) bool {
	if ws := knowledge.Words(text); anyIn(ws, backReferences) || anyIn(ws, placeBacks) || anyIn(ws, personBacks) {
		return true
	}
	fields := strings.Fields(text)
	for i, f := range fields {
		if !slices.Contains(demonstratives, strings.ToLower(strings.Trim(f, ",.?!"))) {
			continue
		}
		next := ""
		for _, g := range fields[i+1:] {
			if next = strings.TrimLeft(g, ",.?!;:\"„'(-"); next != "" {
				break
			}
		}
		if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// questionOpeners are the folded words a sentence that asks may open
// with, question mark or not: the question words (askingWords) and the
// verbs that open a question for yes or no.
var questionOpeners = append(slices.Clip(askingWords), "wem", "wen", "kann", "koennen", "muss", "muessen", "darf", "duerfen",
	"soll", "sollte", "gibt", "brauche", "braucht", "ist", "can", "could", "do", "does", "must", "should", "is", "are")

// sideMarks are the folded words after which a clause names what the
// matter is compared with, or examples of it, not the matter: "a tax allowance
// that can be better than Kindergeld", "Kinderfreibetrag statt
// Kindergeld", "welche Hilfen wir bekommen können, zum Beispiel Kindergeld
// oder Wohngeld". The German "als" compares only after a comparative
// (comparatives).
var (
	sideMarks = [][]string{{"than"}, {"instead", "of"}, {"compared", "to"}, {"compared", "with"}, {"statt"},
		{"anstatt"}, {"anstelle"}, {"verglichen", "mit"}, {"im", "vergleich", "zu"}, {"im", "vergleich", "zum"},
		{"zum", "beispiel"}, {"z", "b"}, {"beispielsweise"}, {"for", "example"}, {"for", "instance"}, {"e", "g"}}
	comparatives = []string{"besser", "lieber", "eher", "mehr", "weniger", "guenstiger", "hoeher", "niedriger", "lohnender"}
)

// receiptOpeners open a clause that tells which benefit the asker draws:
// "Ich bekomme Bürgergeld – wie komme ich an das Sozialticket?", "I'm on
// Bürgergeld, can I get the cheap ticket?". The words of a clause that
// opens so, up to a benefit within its first receiptWords words (a folded
// word that ends with one of benefitEnds or starts with one of
// benefitStarts), tell the asker's situation, not the matter, as a
// separate sentence does (see askedPart), unless they are all the clause
// and it asks ("Ich bekomme Bürgergeld?"): "ich krieg bürgergeld muss ich
// trotzdem die gez zahlen" asks about the licence fee. "Ich bekomme
// ständig Werbeanrufe" names no benefit.
var (
	receiptOpeners = [][]string{{"ich", "bekomme"}, {"ich", "beziehe"}, {"ich", "erhalte"}, {"ich", "krieg"}, {"ich", "kriege"},
		{"wir", "bekommen"}, {"wir", "beziehen"}, {"wir", "erhalten"}, {"i", "get"}, {"i", "receive"}, {"i", "m", "on"},
		{"we", "get"}, {"we", "receive"}, {"we", "re", "on"}, {"i", "live", "on"}, {"we", "live", "on"}, {"ich", "lebe", "von"},
		{"wir", "leben", "von"}}
	benefitEnds   = []string{"geld", "rente"}
	benefitStarts = []string{"hartz", "bafoeg", "grundsicherung", "sozialhilfe", "pension", "benefit"}
)

// receiptLead returns how many of the folded words of a clause, from its
// start, tell which benefit the asker draws (see receiptOpeners); 0 when
// they tell none.
func receiptLead(words []string) int {
	if !opensWith(words, receiptOpeners) {
		return 0
	}
	for i, w := range words[:min(len(words), receiptWords)] {
		if endsIn(w, benefitEnds) || startsIn(w, benefitStarts) {
			return i + 1
		}
	}
	return 0
}

// receiptWords is how many words from the start of a clause of
// receiptOpeners the benefit may stand.
const receiptWords = 5

// withoutSideMentions returns text without what its clauses compare the
// matter with or give as its examples (sideMarks) and without the words
// of clauses that tell which benefit the asker draws (receiptLead; split
// at "und" and "and", see andParts: "My mother passed away and I live on
// Bürgergeld – can the city pay for her funeral?"), or text itself when it
// has none.
func withoutSideMentions(text string) string {
	var kept []string
	cut := false
	for _, clause := range clausesOf(text) {
		var words []string
		for _, part := range andParts(clause) {
			ws := knowledge.Words(part)
			if n := receiptLead(ws); n > 0 && (n < len(ws) || !strings.HasSuffix(strings.TrimSpace(part), "?")) {
				ws, cut = ws[n:], true
			}
			words = append(words, ws...)
		}
		if len(words) == 0 {
			continue
		}
		for i := range words {
			if words[i] == "als" && i > 0 && slices.Contains(comparatives, words[i-1]) ||
				slices.ContainsFunc(sideMarks, func(c []string) bool { return phraseAt(words, i, c) }) {
				words, cut = words[:i], true
				break
			}
		}
		kept = append(kept, strings.Join(words, " "))
	}
	if !cut {
		return text
	}
	return strings.Join(kept, ". ")
}

// obtainWords ask to get something: "Die Familienkasse will einen
// Nachweis. Wo bekomme ich den?" asks for the document, not the body; so
// does asking who issues it ("Wer stellt das aus?"), in English too ("Our
// tax adviser says we need a certificate. How do we apply for it?").
var obtainWords = []string{"bekomme", "bekommen", "kriege", "kriegen", "erhalte", "erhalten", "besorge", "besorgen", "beantrage", "beantragen", "an",
	"stellt", "ausstellen", "get", "obtain", "apply", "request", "issues"}

// asksToGet reports whether the folded words ask to get something: they
// have a word of obtainWords other than "an", which counts only where a
// German question names no noun (see namesNoNoun).
func asksToGet(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return w != "an" && slices.Contains(obtainWords, w) })
}

// namesNoNoun reports whether the German sentences part of text hold no
// noun, no capitalized word but the first of a sentence, nor a word of
// getting something (obtainWords), while the rest of text has a noun:
// "Mein Handyvertrag verlängert sich automatisch. Wie kann ich den
// kündigen?" asks about what the sentence before names. A text written in
// small letters tells nothing by them, nor does a part that starts with a
// small letter ("Ich bekomme Bürgergeld. wie komme ich an ein
// sozialticket?"). "an" before "wen" or "wem" asks for a body, not to
// get something: "Die Familienkasse zahlt nicht. An wen wende ich mich?".
func namesNoNoun(part, text string) bool {
	first, _ := utf8.DecodeRuneInString(part)
	words := knowledge.Words(part)
	obtains := false
	for i, w := range words {
		whom := w == "an" && i+1 < len(words) && (words[i+1] == "wen" || words[i+1] == "wem")
		obtains = obtains || slices.Contains(obtainWords, w) && !whom
	}
	if !unicode.IsUpper(first) || obtains {
		return false
	}
	nouns := func(s string) bool { return slices.ContainsFunc(sentencesOf(s), namesNoun) }
	return !nouns(part) && nouns(text)
}

// plainAsks are the folded words of English questions that name no
// matter: "What should I do?", "Who do I call to find out what's going
// on?". lawfulWords ask whether what the sentences before tell is lawful,
// and with them the words that point back (backWords): "Is that even
// legal?", "Are they allowed to do that?", "dürfen die das einfach so??"
// name no matter either, while "How do I do that?" may ask for a
// procedure the sentences before only hint at.
var (
	plainAsks = []string{"what", "who", "whom", "where", "how", "which", "should", "shall", "can", "could", "do", "does",
		"is", "are", "i", "we", "me", "us", "my", "our", "call", "contact", "ask", "turn", "to", "find", "out", "going", "on",
		"now", "then", "next", "step", "steps", "options", "help", "there", "any", "anything", "anyone", "someone", "the"}
	lawfulWords = []string{"legal", "allowed", "lawful", "erlaubt", "rechtens", "zulaessig", "darf", "duerfen"}
	backWords   = []string{"that", "this", "it", "even", "really", "actually", "they", "he", "she", "them", "him", "her",
		"das", "die", "der", "er", "sie", "es", "einfach", "so", "ueberhaupt", "eigentlich", "denn", "wirklich"}
)

// asksPlainly reports whether the sentences part name no matter, but ask
// what to do or whom to turn to (plainAsks, in English), or whether what
// the sentences before tell is lawful (lawfulWords): those sentences tell
// what it is about. "My Bürgergeld from the Jobcenter didn't arrive this
// month. What should I do?" asks about the Jobcenter's payment; "das
// jobcenter hat mir 10 prozent gekürzt … dürfen die das einfach so??"
// about the Jobcenter's cut, in small letters that namesNoNoun cannot
// read. A German question in small letters that asks what to do ("was muss
// ich jetzt machen?") is left to the sentences that ask: its story often
// names a benefit it does not ask about ("ich bin nach berlin gezogen und
// bekomme kindergeld").
func asksPlainly(part string) bool {
	words := knowledge.Words(part)
	lawful := anyIn(words, lawfulWords)
	return len(words) > 0 && every(words, func(w string) bool {
		return slices.Contains(plainAsks, w) || lawful && (slices.Contains(lawfulWords, w) || slices.Contains(backWords, w))
	})
}

// newOnes ask for a new one of what the sentences before name, or a
// replacement, which they then ask about: "Meine Gesundheitskarte ist
// durchgebrochen. Bekomme ich eine neue beim Bürgeramt?", "Lost my
// BahnCard on the S-Bahn. How do I get a replacement card?".
var newOnes = [][]string{{"eine", "neue"}, {"einen", "neuen"}, {"ein", "neues"}, {"a", "new", "one"}, {"a", "replacement"}}

// newOneEnds may follow a phrase of newOnes, which names no thing of its
// own then: "eine neue beim Bürgeramt", "a replacement card"; not "einen
// neuen Führerschein" nor "a replacement for the car papers".
var newOneEnds = []string{"beim", "bei", "vom", "at", "from", "quickly", "fast", "schnell", "jetzt", "now", "card"}

// asksNewOne reports whether the folded words of the sentences that ask
// (partWords) ask for a new one of what the sentences before name (see
// newOnes), and the question's folded words name no word of the best entry's
// title: "Mein Schwerbehindertenausweis war mit der Gesundheitskarte im
// Rucksack. Wie bekomme ich einen neuen?" asks for the card the title names.
func asksNewOne(partWords, words []string, cands []candidate) bool {
	asks := anyAfter(partWords, newOnes, func(after []string) bool { return len(after) == 0 || slices.Contains(newOneEnds, after[0]) })
	return asks && (len(cands) == 0 || !namedInTitles(words, cands[:1]))
}

// bodyName is the name in lang of the body a referral rule's left side
// names: its German name, or its English one after " | ".
func bodyName(left, lang string) string {
	de, en, _ := strings.Cut(left, " | ")
	if lang == "en" {
		return en
	}
	return de
}

// namedInTitles reports whether the title of one of the best candidates
// names one of words: its words' German stems contain the stem of one of
// them, so that "Wohngeld - Vorgangsauskunft" names "Vorgangsauskunft".
// Stems shorter than four letters are too often parts of other words to
// count.
func namedInTitles(words []string, cands []candidate) bool {
	return slices.ContainsFunc(cands[:min(referralTitles, len(cands))], func(c candidate) bool {
		title := titleStems(c)
		return slices.ContainsFunc(words, func(w string) bool {
			stem := knowledge.Stem(w, "de")
			return len(stem) >= 4 && strings.Contains(title, stem)
		})
	})
}

// paymentTerms are the folded words of paying late or in parts, which
// whoever is owed grants: "BVG wants 60 euros. Can I pay it in
// instalments?" asks the transport company, whatever fine of the city's
// the words fit. So a referral phrase of one word that a sentence before
// those that ask names as the one the asker owes (see owedTo), a body or a
// benefit, counts as if the sentences that ask named it when they ask to pay
// late or in parts (see asksDeferral), unless the question names an office
// (see namesOffice) or a tax, a fee or a fine (see isCityCharge): "Bei der
// Familienkasse wurde der Kinderzuschlag neu berechnet und jetzt soll ich
// 1.800 € zurückzahlen. Kann ich das in Raten abzahlen?"; not "Ich bekomme
// Bürgergeld und habe einen Strafzettel. Kann ich in Raten zahlen?", nor "Ich
// bekomme Arbeitslosengeld und jetzt kommt eine Einkommensteuer-Nachzahlung.
// Geht eine Stundung?".
var paymentTerms = []string{"stundung", "ratenzahlung", "raten", "ratenweise", "instalments", "installments"}

// asksDeferral reports whether the folded words ask to pay late or in parts:
// a word of paymentTerms, "raten" only after "in" ("Was raten Sie mir?"
// advises).
func asksDeferral(words []string) bool {
	return anyIn(without(words, []string{"raten"}), paymentTerms) || containsPhrase(words, [][]string{{"in", "raten"}})
}

// cityCharges end the folded words of what an office charges: fees,
// contributions, fines.
var cityCharges = []string{"gebuehr", "gebuehren", "beitrag", "bussgeld", "strafzettel", "knoellchen"}

// isCityCharge reports whether the folded word names a tax (it has "steuer"
// in it) or ends in a word of cityCharges.
func isCityCharge(w string) bool { return strings.Contains(w, "steuer") || endsIn(w, cityCharges) }

// owedWords are the folded words of a sum the asker owes: a repayment or
// an extra payment asked for.
var owedWords = []string{"zurueckzahlen", "nachzahlung"}

// owedReach is how many words after a body's phrase a word of owedWords may
// stand.
const owedReach = 12

// owedTo reports whether the phrase names, in a sentence of text, the one
// the asker owes: a word of owedWords stands within owedReach words after it
// in that sentence.
func owedTo(text string, phrase []string) bool {
	return someSentence(text, func(ws []string) bool {
		return anyAfter(ws, [][]string{phrase}, func(after []string) bool { return anyIn(after[:min(len(after), owedReach)], owedWords) })
	})
}

// officialWords returns the folded official words that lex gives the phrases
// of text: "fingerprints taken and certified" says "Beglaubigung
// Fingerabdrücken". Titles are German; the words an English question asks with
// are not in them.
func officialWords(text string, lex *knowledge.Lexicon) []string {
	var words []string
	for _, m := range lex.Matches(text) {
		words = append(words, knowledge.Words(m.Adds)...)
	}
	return words
}

// phraseInTitles reports whether the title of one of the best candidates
// names the phrase: its words' German stems contain the stem of every word
// of the phrase that has four letters or more, so that
// "Sozialversicherung - Rentenantrag stellen" names "Rente", but
// "Schwerbehinderung - Zustimmung zur Kündigung" does not name
// "Stromvertrag kündigen".
func phraseInTitles(phrase []string, cands []candidate) bool {
	var stems []string
	for _, w := range phrase {
		if stem := knowledge.Stem(w, "de"); len(stem) >= 4 {
			stems = append(stems, stem)
		}
	}
	return len(stems) > 0 && slices.ContainsFunc(cands[:min(referralTitles, len(cands))], func(c candidate) bool {
		title := titleStems(c)
		return !slices.ContainsFunc(stems, func(stem string) bool { return !strings.Contains(title, stem) })
	})
}

// titleStems returns the German stems of the words of c's entry's title
// and of its hit's (the entry search found, which c's entry may translate),
// joined by spaces.
func titleStems(c candidate) string {
	var stems []string
	for _, w := range knowledge.Words(c.entry.Title + " " + c.hit.Title) {
		stems = append(stems, knowledge.Stem(w, "de"))
	}
	return strings.Join(stems, " ")
}

// namesProper reports whether one of the folded words of phrase stands
// capitalized in text, or starts with a digit: a name ("Deutsche Bahn",
// "Telekom technician", "O2"), not a common noun ("health insurance"). A
// capital that only starts a sentence counts too: English names a company
// there as often as anything else.
func namesProper(text string, phrase []string) bool {
	for _, t := range strings.Fields(text) {
		t = strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		r, _ := utf8.DecodeRuneInString(t)
		if (unicode.IsUpper(r) || unicode.IsDigit(r)) && slices.ContainsFunc(knowledge.Words(t), func(w string) bool { return slices.Contains(phrase, w) }) {
			return true
		}
	}
	return false
}
