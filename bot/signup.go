package bot

import "slices"

// "Anmeldung" and "Abmeldung" are the city's words for registering and
// deregistering an address, and everyday words for signing up with and
// leaving a club, a gym or a subscription: "Wie funktioniert die Anmeldung
// beim Urban Sports Club?", "How do I do the Abmeldung for my newspaper
// subscription?". Search finds the address registration, whose title fits
// the word plainly, and the bot would answer with it. A sentence that
// names one of these words and, close after it and a preposition, a club,
// a gym or a subscription gets no answer but the provider to ask. "I need
// my Anmeldung before I can join the gym" is about the address. A studio
// or a club of one's own is a business or an association to register: a
// provider named before the word ("our cosmetic studio registration") or
// after it without a preposition ("die Anmeldung meines Studios") does not
// count, nor does a sentence that opens a business or names an office
// ("Nagelstudio eröffnen, Anmeldung beim Amt"). The verbs are left alone:
// "ein Studio anmelden".

// signUpWords are the folded nouns of signing up and leaving; providerEnds
// end the folded words of private providers one signs up with
// ("Boulderklub", "Yogastudio"), and providerWords are such words whole.
var (
	signUpWords   = []string{"anmeldung", "abmeldung", "registration", "deregistration"}
	signUpLinks   = []string{"bei", "beim", "im", "fuer", "zum", "vom", "von", "at", "for", "with", "from"}
	providerEnds  = []string{"club", "klub", "studio", "gym", "sportverein"}
	providerWords = []string{"abo", "abonnement", "subscription", "newsletter", "zeitung", "newspaper", "app"}
	// businessWords tell that the asker opens or runs what is registered.
	businessWords = []string{"eroeffnen", "eroeffne", "eroeffnet", "gewerbe", "gruenden", "betreiben", "betreibe", "open",
		"opening", "run", "board", "vorstand"}
)

// providerSignUp is whom the bot names for signing up with a provider, as
// the referral sentence names a responsible body.
const providerSignUp = "der Anbieter selbst (Anmeldung und Kündigung bei Clubs, Studios und Abos laufen über ihn) | the provider itself (signing up with and leaving clubs, gyms and subscriptions goes through it)"

// signUpReach is how many words away from signing up the provider may be.
const signUpReach = 4

// signsUpWithProvider reports whether a sentence of the question names
// signing up or leaving with a private provider (see above).
func signsUpWithProvider(question string) bool {
	return someSentence(question, func(ws []string) bool {
		if anyIn(ws, businessWords) || slices.ContainsFunc(ws, isOffice) {
			return false
		}
		for i, w := range ws {
			after := ws[i+1 : min(len(ws), i+1+signUpReach)]
			if slices.Contains(signUpWords, w) && len(after) > 0 && slices.Contains(signUpLinks, after[0]) &&
				slices.ContainsFunc(after, isProvider) {
				return true
			}
		}
		return false
	})
}

// isProvider reports whether the folded word names a private provider one
// signs up with (see providerEnds).
func isProvider(w string) bool {
	return slices.Contains(providerWords, w) || endsIn(w, providerEnds)
}
