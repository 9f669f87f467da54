package bot

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"citizenbot/knowledge"
)

// When retrieval is trusted. A hit is a match when its best chunk is close
// enough in meaning (minSimilarity), its own text covers enough of the
// question's rare words (minTextRank, on knowledge.Hit.OfficialRank), its
// name fits the question (minTitle), or the rankings by words and by
// meaning both put it among their first agreeRank: two independent rankers
// that agree are more telling than either score alone, for a long
// question whose every score is low. So are three scores each close to
// its threshold: a hit whose scores, each relative to its threshold, add
// up to minEvidence is a match too ("another copy of our marriage
// certificate": similarity 0.31, text rank 0.25, name fit 0.23). The
// phrasings of how citizens ask help to find and order services, but they
// are guesses: they make a match only for a hit they set clearly apart
// from all others (markLead), or for the hit the word side ranks first
// when one of its phrasings fits the question closely (minPhrasingFit),
// or fairly while its text rank, phrasings included, is fair too: an
// English question about a rare service shares few words with the German
// entry, and its phrasings may be all that speaks for it. They do not
// raise its text rank. A question that asks for a procedure lowers the
// text rank the word side's first hit needs (see asks.go). A hit whose
// reranked score, all of these together, reaches minRanked is a match
// when its name fits the question at all: none of its scores alone may
// suffice while all of them speak for it, and a name that shares nothing
// with the question keeps out the questions the catalogue has no service
// for whose words some text happens to share. Two matches
// are alike, and the bot asks which one is meant, when their reranked
// scores lie within closeRank. The values
// were chosen with `citizenbot eval` on the development questions
// (docs/quality.md): they trade declining too often against answering
// questions the catalogue has no service for.
const (
	minSimilarity = 0.35
	minTextRank   = 0.6
	minTitle      = 0.25
	closeRank     = 0.15
	agreeRank     = 2
	minEvidence   = 1.9
	minLeadText   = 0.3
	leadFactor    = 1.5
	// minPhrasingFit is the phrasing fit from which the word side's first
	// hit is a match; from minFairPhrasingFit it is one when its text rank
	// is at least minFairTextRank too.
	minPhrasingFit     = 0.55
	minFairPhrasingFit = 0.4
	minFairTextRank    = 0.27
	// minRanked is the reranked score from which a hit whose name fits
	// the question at all (a name fit above zero) is a match.
	minRanked   = 1.8
	trustDepth  = 3 // how many of the reranked candidates may stand in for a best that is no match
	titledDepth = 5 // how many may, when their title fits (name fit ≥ minTitle)
	// phrasingWeight is how much the rerank counts a phrasing that fits
	// the question better than the title does; longNameWeight how much it
	// counts the title's fit to a question of more than shortQuestion
	// words (1 for a shorter one).
	phrasingWeight = 1
	longNameWeight = 0.7
	shortQuestion  = 12
)

// decision is what the bot will do: the status and the entries it rests
// on, main entry (or the options of a clarifying question) first.
type decision struct {
	status   Status
	entries  []knowledge.Entry
	ranking  []string // see Reply.Ranking
	referral string   // for NoAnswer: who is responsible instead, if known
	// caseStatus says that the question asks about the citizen's own case
	// (NoAnswer; entries then holds the service it is about, if found).
	caseStatus bool
	// vague: the question names no matter, only an office or an
	// appointment (NoAnswer; see vague.go).
	vague bool
	// closing: the message only thanks or takes leave (NoAnswer; see
	// vague.go).
	closing bool
	// advice: the question asks the bot to recommend or rank providers
	// or places (NoAnswer; see recommend.go).
	advice bool
	// staffComplaint: the question complains about a member of an
	// office's staff (NoAnswer; see complaint.go).
	staffComplaint bool
}

// decide picks the entries for a message: the citizen's choice from a
// clarifying question, the service under discussion for a follow-up, or
// what search finds.
func (b *Bot) decide(ctx context.Context, req Request, masked string, asked facets) (decision, error) {
	lang := Lang(req.Lang)
	if req.Choice != "" && slices.Contains(req.State.Choices, req.Choice) {
		if d, ok, err := b.fixed(ctx, req.Choice, lang); ok || err != nil {
			return d, err
		}
	}
	if req.State.Topic != "" && isFollowUp(masked, asked) {
		if d, ok, err := b.fixed(ctx, req.State.Topic, lang); ok || err != nil {
			return d, err
		}
	}
	if closing(masked) {
		return decision{status: NoAnswer, closing: true}, nil
	}
	cands, own, err := b.candidates(ctx, req, withoutGreeting(withoutLabels(masked)), masked)
	if err != nil {
		return decision{}, err
	}
	dereg := deregisteredSentences(masked)
	cands = withoutLongDeregistered(cands, dereg, time.Now().Year())
	told := sentencesWhere(masked, func(s string) bool { return !slices.Contains(dereg, s) })
	if done, ask := doneParts(told); done != "" && len(cands) > 0 {
		if cands, err = b.withoutDone(ctx, req, cands, done, ask); err != nil {
			return decision{}, err
		}
	}
	if len(cands) == 0 {
		return outOfScope(masked, lang, nil, b.Lexicon(req.Tenant.ID)), nil
	}
	if asksProcedure(masked) {
		for i := range cands {
			cands[i].procedure = true
		}
	}
	ranking := make([]string, len(cands))
	for i, c := range cands {
		ranking[i] = c.service
	}
	d := decideAmong(cands, req.State.Topic)
	if o := outOfScope(masked, lang, cands, b.Lexicon(req.Tenant.ID)); o.caseStatus || o.referral != "" {
		d = o
	} else if who := otherAuthority(masked, lang, own); who != "" {
		d = decision{status: NoAnswer, referral: who}
	} else if vague(masked, own) {
		d = decision{status: NoAnswer, vague: true}
	} else if plain := withoutGreeting(masked); trivia(plain, cands) || opinion(plain) || asksTranslation(plain) || asksWriting(plain) ||
		asksErrand(plain) || asksCustom(plain) || asksJoke(plain) || asksAboutBot(plain) || asksWaitAtOffice(plain) || asksNameIdeas(plain) || asksHowToTell(plain) {
		d = decision{status: NoAnswer}
	} else if asksRanking(masked) {
		d = decision{status: NoAnswer, advice: true}
	} else if staffComplaint(masked, cands) {
		d = decision{status: NoAnswer, staffComplaint: true}
	} else if who := privateMatter(masked, lang, cands); who != "" {
		d = decision{status: NoAnswer, referral: who}
	}
	d.ranking = ranking
	return d, nil
}

// candidates searches for text (see Bot.search; message is the whole
// message) and returns one candidate per service found, reranked, with
// the tenant's own places by the hits they come from (see ownPlaces).
func (b *Bot) candidates(ctx context.Context, req Request, text, message string) ([]candidate, []string, error) {
	hits, moved, err := b.search(ctx, req, text, message)
	if err != nil || len(hits) == 0 {
		return nil, nil, err
	}
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	entries, err := b.kb.PublishedEntries(ctx, ids)
	if err != nil {
		return nil, nil, fmt.Errorf("read entries: %w", err)
	}
	// One candidate per service: an entry and its translation are one.
	cands := make([]candidate, 0, len(hits))
	seen := map[string]bool{}
	for _, h := range hits {
		e, ok := entries[h.ID]
		if !ok {
			continue
		}
		key := e.ID
		if t := e.TranslationOf(); t != "" {
			key = t
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		le := localized(e, entries, Lang(req.Lang))
		cands = append(cands, candidate{hit: h, entry: le, service: key, title: h.NameFit, moved: moved})
	}
	// Rerank: search's score relative to the best, plus how well the
	// title fits, so that of the services search finds about equally the
	// one named in the question comes first (less in a long question,
	// where a title often fits a word told in passing), plus how much of the
	// question's words the entry covers, phrasings included, so that a
	// title that shares a word ("license" → "Erlaubnis") does not win
	// over the service the question describes ("sell beer at our club's
	// summer party"); plus how much better than the title one of the
	// phrasings fits, so that of services alike the one citizens describe
	// so comes first ("I have sole custody, my daughter shall get her
	// father's surname" → the name declaration, not custody); less for a
	// service for the other side of the EU than the countries the question
	// names, or for an examination passed at home, and more for one for
	// their side, or for what comes from abroad, and less for one for a
	// qualification from abroad when the question tells of one gained at
	// home, or for a residence title of third countries when the people the
	// question tells of are citizens of the Union (see origin.go); less for
	// one whose title names what the citizen says they are not (see
	// denied.go), for one for another side of a job than the question's
	// (see roles.go), and for one whose title names a
	// procedure the question waits for (see interim.go), and for a renewal
	// when the citizen does it for the first time, or for a first grant
	// beside its renewal when what the citizen holds runs out, or beside
	// its extension when the citizen adds to it (see firsttime.go), and for
	// an event abroad or at sea when the question places it in the city, or
	// for a marriage at home when it places the wedding in another country
	// (see athome.go), and for registering a business the question closes or an
	// entry it leaves, or for ending an entry it asks to make (see
	// closedown.go), and for registering what it tells has died beside the
	// same deregistering (see deaths.go), and for work by an office when the
	// asker's own firm does it, and more for work by the owner then (see
	// byself.go), and for an exam the question asks a recognition to spare
	// or for admission to one it tells was passed (see spared.go), and for
	// the one of twin services for having or lacking something that is not
	// the question's case (see twins.go), and for registering or
	// deregistering a thing the question moves within the city beside its
	// re-registration (see registrations.go), and for an exemption beside
	// the registration it is from when the question asks to register only
	// (see exemptions.go), and for a declaration that names no child beside
	// one that does when the question asks for the asker's child (see
	// childnames.go), and for a sibling of an office's service when the
	// question asks that office for help (see offices.go), and for
	// registering a vehicle without outside plates when the question buys
	// one from another city (see plates.go), and for recording an event
	// abroad beside its certificate when the question tells it was
	// recorded (see recorded.go), and for a trade's procedure beside a
	// craft's when the question names a craft, or for the register of the
	// crafts free of a master beside that of the trades like crafts when
	// it names a beautician (see crafts.go), and for a
	// full licence beside the one for the meantime when the question tells
	// of a procedure under way and asks to act before it ends (see
	// interim.go); more for one whose title the sentences that ask name
	// (see askedtitles.go).
	markLead(cands)
	side := originSide(message)
	// When the question names a side, each candidate's title side, and
	// whether one of them is the question's (sided).
	titleSides := make([]int, len(cands))
	sided := false
	if side != sideNone {
		for i, c := range cands {
			titleSides[i] = titleSide(c.entry.Title + " " + c.hit.Title)
			sided = sided || titleSides[i] == side
		}
	}
	lex := b.Lexicon(req.Tenant.ID)
	denied := denials(message, lex)
	asker := questionRole(message)
	askedText := askedPart(message)
	asked := askedStems(message, askedText, lex)
	pending := pendingStems(message, askedText)
	first := firstTime(message)
	own := ownPlaces(req.Tenant, hits)
	home := eventAtHome(message, own)
	// Only a marriage at home is ranked down for a wedding abroad; the
	// question's clauses are read when one is among the candidates.
	wedsAbroad := slices.ContainsFunc(cands, func(c candidate) bool { return homeWeddingTitle(c.hit.Title) }) &&
		weddingAbroad(message)
	closes, enters := closesBusiness(message) || leavesEntry(message), entersOnly(message)
	ownFirm := byOwnFirm(message)
	joins := familyJoins(message, askedText)
	spared := sparesExam(message)
	passed := passedExam(message)
	trainedHere := homeQualification(message)
	euAsker := euCitizen(message)
	// others holds, for each rule that ranks a candidate beside its
	// siblings, whether each candidate is the other one.
	others := [][]bool{
		otherTwins(message, cands, lex),
		otherActs(message, cands, own, lex),
		otherExemptions(message, cands, lex),
		otherThanChild(message, cands),
		otherThanOffice(message, cands),
		otherThanOutside(message, cands, own),
		otherThanCertificate(message, cands),
		otherRenewals(message, cands),
		otherTrades(message, cands),
		otherInterims(message, cands),
		otherStarts(message, cands),
		otherExtensions(message, cands),
		otherFreeCrafts(message, cands),
	}
	nameWeight := 1.0
	if len(knowledge.Words(message)) > shortQuestion {
		nameWeight = longNameWeight
	}
	for i := range cands {
		c := &cands[i]
		c.rank = c.hit.Score/cands[0].hit.Score + nameWeight*c.title + c.hit.TextRank + phrasingWeight*max(0, c.hit.PhrasingFit-c.title)
		title := c.entry.Title + " " + c.hit.Title
		if side != sideNone {
			switch ts := titleSides[i]; {
			case ts == -side || titleHome(title):
				c.rank -= otherSide
			case ts == side || ts == sideNone && !sided && titleForeign(title):
				c.rank += sameSide
			}
		}
		if euAsker && namesThirdResidence(knowledge.Words(title)) {
			c.rank -= otherSide
		}
		if trainedHere && (titleSide(title) != sideNone || titleForeign(title)) {
			c.rank -= otherSide
		}
		if len(denied) > 0 && namesDenied(title, denied) {
			c.rank -= otherSide
		}
		if tr := titleRole(c.hit.Title); asker != roleNone && tr != roleNone && tr != asker {
			c.rank -= otherSide
		}
		if len(asked) > 0 && titleAsked(c.hit.Title, asked) {
			c.rank += askedTitleBonus
		}
		if len(pending) > 0 && titlePending(c.hit.Title, pending) {
			c.rank -= otherSide
		}
		if first && renewalOnly(c.hit.Title) {
			c.rank -= otherSide
		}
		if home && awayTitle(c.hit.Title) {
			c.rank -= otherSide
		}
		if wedsAbroad && homeWeddingTitle(c.hit.Title) {
			c.rank -= otherSide
		}
		if closes && startTitle(c.hit.Title) {
			c.rank -= otherSide
		}
		if enters && endTitle(c.hit.Title) {
			c.rank -= otherSide
		}
		if ownFirm {
			c.rank += ownFirmShift(c.hit.Title)
		}
		if joins && principalTitle(c.hit.Title) {
			c.rank -= otherSide
		}
		if spared && examTitle(c.hit.Title) {
			c.rank -= otherSide
		}
		if passed && admissionTitle(c.hit.Title) {
			c.rank -= otherSide
		}
		for _, other := range others {
			if other[i] {
				c.rank -= otherSide
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.rank, a.rank) })
	return cands, own, nil
}

// withoutDone returns cands without the service that the clauses done of the
// message tell the citizen has had (see done.go): the first candidate for done
// alone, if it is a match. It keeps that service when search finds it for the
// sentences asked alone too, so that these may ask about it ("I applied for
// asylum and my paper expires soon. How do I get it extended?"), unless they
// ask what else is needed (see remainderAsks); then it keeps the service only
// when they name a word of its title other than one of applying ("Brauchen wir
// noch einen Kita-Gutschein?") or the message tells of a move, which needs the
// registration again ("I already registered last year. What else do I need to
// do when I move within Berlin?"). It keeps the service too when it is one of
// twins for having or lacking something and the clauses done name what they
// differ by (see namesTwinHead): "Den Fahrzeugbrief hat mir der Händler schon
// mitgegeben" tells what the citizen has, which picks the twin, not a service
// had. decide leaves the sentences that tell of a vehicle's deregistration
// that the message asks to undo out of the message it reads for what was done
// (see deregisteredSentences).
func (b *Bot) withoutDone(ctx context.Context, req Request, cands []candidate, done, asked string) ([]candidate, error) {
	dc, _, err := b.candidates(ctx, req, done, done)
	if err != nil || len(dc) == 0 || !dc[0].isMatch() || namesTwinHead(done, dc, b.Lexicon(req.Tenant.ID)) {
		return cands, err
	}
	had, words := dc[0].service, knowledge.Words(asked)
	if containsPhrase(words, remainderAsks) {
		if namedInTitles(without(words, procedureWords), dc[:1]) ||
			slices.ContainsFunc(cands, func(c candidate) bool { return c.service == had && c.moved }) {
			return cands, nil
		}
	} else {
		ac, _, err := b.candidates(ctx, req, asked, asked)
		if err != nil || slices.ContainsFunc(ac, func(c candidate) bool { return c.service == had }) {
			return cands, err
		}
	}
	return slices.DeleteFunc(cands, func(c candidate) bool { return c.service == had }), nil
}

// search searches for text, with the catalogue's words for a move the message
// tells of (see moveQuery), for a foreign law it names (see foreignLawQuery),
// for a tax it asks about by the plain word (see taxQuery), for a child's
// guardian (see guardianQuery), for an identity card of someone with no home
// in the city (see idQuery), for a used vehicle bought abroad (see
// importQuery) and for a deregistered vehicle by how long ago (see
// deregisteredQuery) added (Query.Adds): they are the bot's reading of the
// message, and a title they name fits it as one the message names. The
// words they stand for in a move within the city are left out of the text
// (see move.read). A city the tenant's settings do not name may turn out to
// be the region of the tenant's entries, which search finds ("Ich ziehe
// nach Berlin" to a tenant that serves every region of a Berlin
// catalogue): then a move to it is searched for again as a move in, and a
// card of someone registered there without the reading of idQuery.
func (b *Bot) search(ctx context.Context, req Request, text, message string) (hits []knowledge.Hit, moved bool, err error) {
	q := knowledge.Query{Text: text, Regions: req.Tenant.Regions, Limit: searchDepth,
		Lexicon: b.Lexicon(req.Tenant.ID), Lang: Lang(req.Lang)}
	m := moveQuery(message, req.Tenant)
	law, tax, guardian, imported := foreignLawQuery(message), taxQuery(message), guardianQuery(message), importQuery(message)
	deregistered := deregisteredQuery(message, time.Now().Year())
	id := idQuery(message, req.Tenant, nil)
	if m.words != "" {
		q.Text = withoutPhrases(text, m.read)
	}
	q.Adds = readings(m.words, law, tax, guardian, id, imported, deregistered)
	if hits, err = b.kb.Search(ctx, q); err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	movedIn := m.city != "" && slices.Contains(ownPlaces(req.Tenant, hits), m.city)
	registeredHere := id != "" && idQuery(message, req.Tenant, hits) == ""
	if !movedIn && !registeredHere {
		return hits, m.words != "", nil
	}
	if movedIn {
		m.words = moveInWords
		q.Text = withoutPhrases(text, m.read)
	}
	if registeredHere {
		id = ""
	}
	q.Adds = readings(m.words, law, tax, guardian, id, imported, deregistered)
	if hits, err = b.kb.Search(ctx, q); err != nil {
		return nil, false, fmt.Errorf("search: %w", err)
	}
	return hits, m.words != "", nil
}

// readings returns the words of the bot's readings of a message that are
// not "", for Query.Adds.
func readings(words ...string) []string {
	return slices.DeleteFunc(words, func(w string) bool { return w == "" })
}

// otherAuthority returns, in lang, the authority of another city or country
// that the question's matter belongs to (see elsewhere, procedureAbroad,
// consulate, germanMission, foreignTax and fineAbroad), or "". The checks
// run in that order, each only when the ones before found nothing.
func otherAuthority(question, lang string, own []string) string {
	if who := elsewhere(question, lang, own); who != "" {
		return who
	}
	if who := procedureAbroad(question, lang, own); who != "" {
		return who
	}
	if who := consulate(question, lang); who != "" {
		return who
	}
	if who := germanMission(question, lang); who != "" {
		return who
	}
	if who := foreignTax(question, lang); who != "" {
		return who
	}
	return fineAbroad(question, lang, own)
}

// outOfScope is the decision for a question the catalogue cannot answer
// although search may find something: the state of the citizen's own case
// (see casestatus.go), or what another body handles (see referrals.go).
// Otherwise it is a plain NoAnswer. A referral names the body in lang.
func outOfScope(question, lang string, cands []candidate, lex *knowledge.Lexicon) decision {
	if asksCaseStatus(question, cands) {
		d := decision{status: NoAnswer, caseStatus: true}
		if len(cands) > 0 && cands[0].isMatch() {
			d.entries = []knowledge.Entry{cands[0].entry}
		}
		return d
	}
	return decision{status: NoAnswer, referral: referral(question, lang, cands, lex)}
}

// decideAmong decides for the reranked candidates: no answer when the best
// is no match, the best alone when no other is alike, else a clarifying
// question among the alike, unless one of them is the topic.
func decideAmong(cands []candidate, topic string) decision {
	best := cands[0]
	if !best.isMatch() {
		return unsure(cands)
	}
	alike := []candidate{best}
	for _, c := range cands[1:min(maxChoices, len(cands))] {
		if c.isMatch() && c.rank > best.rank-closeRank {
			alike = append(alike, c)
		}
	}
	// A follow-up that neither search nor titles tell from other services
	// stays with the service under discussion.
	for _, c := range alike {
		if topic != "" && (c.entry.ID == topic || c.entry.TranslationOf() == topic) {
			return decision{status: Answered, entries: contextEntries(c, cands)}
		}
	}
	if len(alike) == 1 {
		return decision{status: Answered, entries: contextEntries(best, cands)}
	}
	options := make([]knowledge.Entry, len(alike))
	for i, c := range alike {
		options[i] = c.entry
	}
	return decision{status: Clarify, entries: options}
}

// unsure decides when the best candidate is no match: no answer, unless
// one of the next is a match. The rerank can lift a service the question
// only touches above one that search trusts, or the service meant above
// one with more to show for it; the bot asks which one is meant. A match
// whose title fits the question may stand in from further down: in a long
// question the rerank weighs titles less and can push it below the third
// place.
func unsure(cands []candidate) decision {
	options := []knowledge.Entry{cands[0].entry}
	for i, c := range cands[1:min(titledDepth, len(cands))] {
		if len(options) < maxChoices && c.isMatch() && (i+1 < trustDepth || c.title >= minTitle) {
			options = append(options, c.entry)
		}
	}
	if len(options) == 1 {
		return decision{status: NoAnswer}
	}
	return decision{status: Clarify, entries: options}
}

// markLead marks the candidate that leads by words, if one does: the
// word side ranks it first, and its text rank, phrasings included, is at
// least minLeadText and leadFactor times every other candidate's. A
// question about a rare service in everyday words ("the police took my
// laptop as evidence, how do I get it back") may share nothing with the
// entry's own text but what its phrasings say, and no other entry comes
// close.
func markLead(cands []candidate) {
	for i, c := range cands {
		if c.hit.WordRank != 1 || c.hit.TextRank < minLeadText {
			continue
		}
		next := 0.0
		for j, o := range cands {
			if j != i {
				next = max(next, o.hit.TextRank)
			}
		}
		cands[i].lead = c.hit.TextRank >= leadFactor*next
	}
}

// candidate is a search hit with its entry in the citizen's language, the
// service it stands for (the entry a translation translates), how well its
// title fits the question, its rank after reranking, whether it leads by
// words (see markLead), and whether search added the words of a move the
// message tells of, which its title fit may come from (see Bot.search).
type candidate struct {
	hit     knowledge.Hit
	entry   knowledge.Entry
	service string
	title   float64
	rank    float64
	lead    bool
	moved   bool
	// procedure: the question asks for a procedure (see asks.go).
	procedure bool
}

func (c candidate) isMatch() bool {
	return c.hit.Similarity >= minSimilarity || c.hit.OfficialRank >= minTextRank || c.title >= minTitle ||
		c.agreed() || c.evidence() >= minEvidence || c.lead || c.phrased() ||
		c.askedFor() || c.rank >= minRanked && c.title > 0
}

// askedFor reports whether the question asks for a procedure and the word
// side ranks c first with a text rank of at least minAskedTextRank (see
// asks.go).
func (c candidate) askedFor() bool {
	return c.procedure && c.hit.WordRank == 1 && c.hit.TextRank >= minAskedTextRank
}

// phrased reports whether the word side ranks c first and one of its
// phrasings fits the question closely, or fairly while the question's
// words, phrasings included, are fairly covered too.
func (c candidate) phrased() bool {
	return c.hit.WordRank == 1 && (c.hit.PhrasingFit >= minPhrasingFit ||
		c.hit.PhrasingFit >= minFairPhrasingFit && c.hit.TextRank >= minFairTextRank)
}

// evidence is the sum of c's similarity, text rank and name fit, each
// relative to the threshold that alone makes a match.
func (c candidate) evidence() float64 {
	return c.hit.Similarity/minSimilarity + c.hit.OfficialRank/minTextRank + c.title/minTitle
}

// agreed reports whether both of search's rankings put c among their
// first agreeRank.
func (c candidate) agreed() bool {
	in := func(place int) bool { return place > 0 && place <= agreeRank }
	return in(c.hit.WordRank) && in(c.hit.MeaningRank)
}

// contextEntries are the main entry and the next best, for the model.
func contextEntries(main candidate, cands []candidate) []knowledge.Entry {
	es := []knowledge.Entry{main.entry}
	for _, c := range cands {
		if len(es) == modelEntries {
			break
		}
		if c.entry.ID != main.entry.ID && c.isMatch() {
			es = append(es, c.entry)
		}
	}
	return es
}

// fixed decides for a known entry; ok is false when it no longer exists.
func (b *Bot) fixed(ctx context.Context, id, lang string) (decision, bool, error) {
	entries, err := b.kb.PublishedEntries(ctx, []string{id})
	if err != nil {
		return decision{}, false, fmt.Errorf("read entry: %w", err)
	}
	e, ok := entries[id]
	if !ok {
		return decision{}, false, nil
	}
	return decision{status: Answered, entries: []knowledge.Entry{localized(e, entries, lang)}, ranking: []string{id}}, true, nil
}

// localized returns the version of e in lang when entries hold one: its
// translation, or the entry it translates.
func localized(e knowledge.Entry, entries map[string]knowledge.Entry, lang string) knowledge.Entry {
	if e.Language == lang {
		return e
	}
	if orig, ok := entries[e.TranslationOf()]; ok && orig.Language == lang {
		return orig
	}
	for _, t := range entries {
		if t.TranslationOf() == e.ID && t.Language == lang {
			return t
		}
	}
	return e
}
