// citizenbot editor console: the few things a page cannot do without
// script. Every change goes through the JSON API (docs/api.md) with the
// session's CSRF token.
"use strict";

const csrf = () => (document.querySelector("meta[name=csrf-token]") || {}).content || "";

async function api(method, path, body) {
  const opts = { method, headers: { "X-CSRF-Token": csrf() }, credentials: "same-origin" };
  if (body !== undefined) {
    opts.headers["Content-Type"] = "application/json";
    opts.body = JSON.stringify(body);
  }
  let res;
  try {
    res = await fetch(path, opts);
  } catch (e) {
    return { status: 0, data: { error: { message: "Der Server ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut." } } };
  }
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
  if (res.status === 401) {
    location.href = "/console/login?next=" + encodeURIComponent(location.pathname + location.search);
  }
  return { status: res.status, data };
}

function say(msg) {
  const s = document.getElementById("status");
  if (s) s.textContent = msg;
}

// flash keeps a message across a page load.
function flash(msg) { sessionStorage.setItem("console-flash", msg); }

function problem(r) {
  const e = r.data && r.data.error;
  if (r.status === 403) return "Keine Berechtigung: " + (e ? e.message : "");
  return e ? e.message : "Unerwartete Antwort des Servers (" + r.status + "). Bitte versuchen Sie es erneut.";
}

// Field names as the form labels them, for the error summary.
const fieldLabel = (name) => {
  const l = document.querySelector("label[for=f-" + name + "]");
  return l ? l.textContent.replace("*", "").trim() : name;
};

const ruleText = {
  required: () => "Bitte ausfüllen.",
  too_long: (p) => "Zu lang: höchstens " + p.limit + (p.field.match(/summary|description|prerequisites|documents|fees|processing_time|deadlines|responsible|source/) ? " Bytes." : " Zeichen."),
  too_many: (p) => "Zu viele Einträge: höchstens " + p.limit + ".",
  format: (p) => ({ id: "Nur Buchstaben, Ziffern und . _ : - erlaubt; am Anfang ein Buchstabe oder eine Ziffer.",
    language: "Bitte einen Sprachcode wie de oder en angeben.",
    region: "Bitte einen Kleinbuchstaben-Namen wie berlin oder de angeben.",
    leika_key: "Der LeiKa-Schlüssel hat genau 14 Ziffern." })[p.field] || "Ungültiges Format.",
  url: () => "Bitte eine vollständige Adresse angeben, die mit https:// oder http:// beginnt.",
  date: () => "Bitte ein Datum angeben (JJJJ-MM-TT).",
  encoding: () => "Der Text enthält ungültige Zeichen.",
};

function listOf(text) {
  return text.split("\n").map((s) => s.trim()).filter(Boolean);
}

function linksOf(text) {
  return listOf(text).map((line) => {
    const i = line.lastIndexOf("|");
    if (i < 0) return { title: line, url: line };
    return { title: line.slice(0, i).trim(), url: line.slice(i + 1).trim() };
  });
}

// entryOf reads the entry form into the catalogue format.
function entryOf(form) {
  const e = {};
  for (const el of form.querySelectorAll("input[name], textarea[name]")) {
    const v = el.value;
    if (el.dataset.kind === "links") e[el.name] = linksOf(v);
    else if (el.dataset.kind === "list") e[el.name] = listOf(v);
    else e[el.name] = v.trim();
  }
  return e;
}

function clearErrors(form) {
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const el of form.querySelectorAll(".field-error")) el.textContent = "";
  document.getElementById("errors").hidden = true;
}

function showErrors(form, fields) {
  const list = document.getElementById("error-list");
  list.textContent = "";
  for (const p of fields) {
    const name = p.field.replace(/\[.*$/, "");
    const input = document.getElementById("f-" + name);
    const msg = (ruleText[p.rule] || (() => p.message))(p);
    const err = document.getElementById("e-" + name);
    if (err) err.textContent = (err.textContent ? err.textContent + " " : "") + msg;
    if (input) input.setAttribute("aria-invalid", "true");
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "#f-" + name;
    a.textContent = fieldLabel(name) + ": " + msg;
    li.append(a);
    list.append(li);
  }
  const box = document.getElementById("errors");
  box.hidden = false;
  box.focus();
}

function showConflict(form, current, mine) {
  const box = document.getElementById("conflict");
  const rows = document.getElementById("conflict-rows");
  rows.textContent = "";
  document.getElementById("conflict-who").textContent =
    "Version " + current.version + " von " + current.updated_by + ". Ihre Änderungen sind noch im Formular; nichts wurde überschrieben.";
  const show = (v) => Array.isArray(v) ? v.map((x) => typeof x === "object" ? x.title + " | " + x.url : x).join("\n") : (v || "");
  for (const k of Object.keys(mine)) {
    const a = show(current.entry[k]), b = show(mine[k]);
    if (a === b) continue;
    const tr = document.createElement("tr");
    for (const t of [fieldLabel(k), a, b]) {
      const td = document.createElement("td");
      td.textContent = t;
      tr.append(td);
    }
    rows.append(tr);
  }
  box.hidden = false;
  box.focus();
  document.getElementById("conflict-mine").onclick = () => {
    form.dataset.version = current.version;
    box.hidden = true;
    form.requestSubmit();
  };
  document.getElementById("conflict-theirs").onclick = () => location.reload();
}

function setupEntryForm(form) {
  const isNew = form.dataset.new === "true";
  const id = () => form.dataset.id;
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clearErrors(form);
    const entry = entryOf(form);
    const r = isNew
      ? await api("POST", "/api/v1/entries", { entry })
      : await api("PUT", "/api/v1/entries/" + encodeURIComponent(id()), { version: Number(form.dataset.version), entry });
    if (r.status === 200 || r.status === 201) {
      if (isNew) {
        flash("Entwurf angelegt. Probieren Sie ihn aus und veröffentlichen Sie ihn, wenn er passt.");
        location.href = "/console/entries/" + encodeURIComponent(r.data.entry.id);
        return;
      }
      form.dataset.version = r.data.version;
      if (r.data.status === "published") {
        // The page shows the unpublished changes and the button to publish them.
        flash("Gespeichert (Version " + r.data.version + ")." + (r.data.unpublished_changes
          ? " Der Bot antwortet weiter mit der veröffentlichten Fassung, bis Sie die Änderungen veröffentlichen."
          : " Der Inhalt gleicht der veröffentlichten Fassung."));
        location.reload();
        return;
      }
      say("Gespeichert (Version " + r.data.version + ").");
    } else if (r.status === 400 && r.data.error.fields) {
      showErrors(form, r.data.error.fields);
    } else if (r.status === 409 && r.data.error.current) {
      showConflict(form, r.data.error.current, entry);
    } else {
      say(problem(r));
    }
  });
  const status = async (action, done) => {
    const r = await api("POST", "/api/v1/entries/" + encodeURIComponent(id()) + "/" + action, { version: Number(form.dataset.version) });
    if (r.status === 200) {
      flash(done);
      location.reload();
    } else if (r.status === 409) {
      say("Der Eintrag wurde inzwischen geändert (jetzt Version " + r.data.error.current.version + "). Laden Sie die Seite neu und prüfen Sie die Änderungen.");
    } else {
      say(problem(r));
    }
  };
  const on = (elID, fn) => { const el = document.getElementById(elID); if (el) el.addEventListener("click", fn); };
  on("publish", () => status("publish", "Veröffentlicht. Alle Server antworten in wenigen Sekunden damit."));
  on("unpublish", () => status("unpublish", "Zurückgezogen. Der Bot verwendet den Eintrag nicht mehr."));
  const dialog = document.getElementById("confirm-delete");
  on("delete", () => dialog.showModal());
  on("confirm-delete-no", () => dialog.close());
  on("confirm-delete-yes", async () => {
    const r = await api("DELETE", "/api/v1/entries/" + encodeURIComponent(id()) + "?version=" + form.dataset.version);
    dialog.close();
    if (r.status === 204) {
      flash("Eintrag gelöscht. Im Verlauf können Sie ihn wiederherstellen.");
      location.href = "/console/entries";
    } else {
      say(problem(r));
    }
  });
  const tryForm = document.getElementById("try-form");
  tryForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const out = document.getElementById("try-result");
    out.textContent = "Der Bot überlegt …";
    const r = await api("POST", "/api/v1/try", {
      entry: entryOf(form), question: tryForm.question.value, lang: tryForm.lang.value,
    });
    out.textContent = "";
    if (r.status !== 200) {
      if (r.status === 400 && r.data.error.fields) showErrors(form, r.data.error.fields);
      out.textContent = problem(r);
      return;
    }
    const note = document.createElement("p");
    note.className = "try-verdict";
    if (r.data.uses_draft) {
      note.textContent = "Der Bot stützt seine Antwort auf diesen Entwurf.";
    } else if (r.data.offers_draft) {
      note.textContent = "Der Bot fragt nach und bietet diesen Entwurf als eine der Möglichkeiten an: "
        + "andere Einträge passen ebenso gut. Ein Titel, der den Fall genauer nennt, hilft ihm.";
    } else {
      note.textContent = "Der Bot verwendet diesen Entwurf für diese Frage nicht (Status: " + r.data.status + ").";
    }
    const answer = document.createElement("div");
    answer.className = "answer";
    answer.textContent = r.data.text;
    out.append(note, answer);
    for (const a of r.data.actions || []) {
      const p = document.createElement("p");
      const link = document.createElement("a");
      link.href = a.url;
      link.textContent = a.title;
      p.append(link);
      out.append(p);
    }
  });
}

function setupHistory() {
  for (const b of document.querySelectorAll("button.restore")) {
    b.addEventListener("click", async () => {
      const r = await api("POST", "/api/v1/entries/" + encodeURIComponent(b.dataset.id) + "/restore",
        { from: Number(b.dataset.from), version: Number(b.dataset.version) });
      if (r.status === 200) {
        flash("Version " + b.dataset.from + " wiederhergestellt (jetzt Version " + r.data.version + ").");
        location.href = "/console/entries/" + encodeURIComponent(b.dataset.id);
      } else {
        say(problem(r));
      }
    });
  }
}

function setupUnanswered() {
  for (const b of document.querySelectorAll("button.mark-done")) {
    b.addEventListener("click", async () => {
      const r = await api("POST", "/api/v1/insight/unanswered/done?tenant=" + encodeURIComponent(b.dataset.tenant), { key: b.dataset.key });
      if (r.status === 204) {
        b.closest("li").remove();
        say("Als erledigt markiert. Die Gruppe erscheint wieder, wenn die Frage erneut gestellt wird.");
      } else {
        say(problem(r));
      }
    });
  }
}

function setupAccounts() {
  const accountForm = document.getElementById("account-form");
  if (!accountForm) return;
  accountForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = accountForm;
    const r = await api("POST", "/api/v1/accounts", { name: f.name.value, tenant: f.tenant.value, role: f.role.value, password: f.password.value });
    if (r.status === 201) { flash("Konto " + r.data.name + " angelegt."); location.reload(); } else say(problem(r));
  });
  for (const b of document.querySelectorAll("button.account-toggle")) {
    b.addEventListener("click", async () => {
      const r = await api("PATCH", "/api/v1/accounts/" + b.dataset.id, { disabled: b.dataset.disabled === "true" });
      if (r.status === 200) { flash("Konto " + r.data.name + (r.data.disabled ? " gesperrt." : " entsperrt.")); location.reload(); } else say(problem(r));
    });
  }
  for (const b of document.querySelectorAll("button.account-delete")) {
    b.addEventListener("click", async () => {
      if (!confirm("Konto " + b.dataset.name + " wirklich löschen?")) return;
      const r = await api("DELETE", "/api/v1/accounts/" + b.dataset.id);
      if (r.status === 204) { flash("Konto gelöscht."); location.reload(); } else say(problem(r));
    });
  }
  const tokenForm = document.getElementById("token-form");
  tokenForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = tokenForm;
    const r = await api("POST", "/api/v1/tokens", { name: f.name.value, tenant: f.tenant.value, role: f.role.value });
    const out = document.getElementById("new-token");
    if (r.status !== 201) { say(problem(r)); return; }
    out.textContent = "";
    const p = document.createElement("p");
    p.textContent = "Token „" + r.data.name + "“ – jetzt kopieren, es wird nur dieses eine Mal angezeigt:";
    const code = document.createElement("p");
    code.className = "token";
    code.textContent = r.data.token;
    out.append(p, code);
  });
  for (const b of document.querySelectorAll("button.token-revoke")) {
    b.addEventListener("click", async () => {
      if (!confirm("Token " + b.dataset.name + " widerrufen? Integrationen, die es verwenden, verlieren den Zugang.")) return;
      const r = await api("DELETE", "/api/v1/tokens/" + b.dataset.id);
      if (r.status === 204) { flash("Token widerrufen."); location.reload(); } else say(problem(r));
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const msg = sessionStorage.getItem("console-flash");
  if (msg) { sessionStorage.removeItem("console-flash"); say(msg); }
  const logout = document.getElementById("logout");
  if (logout) {
    logout.addEventListener("click", async () => {
      await api("POST", "/api/v1/logout");
      location.href = "/console/login";
    });
  }
  const form = document.getElementById("entry-form");
  if (form) setupEntryForm(form);
  setupHistory();
  setupUnanswered();
  setupAccounts();
});
