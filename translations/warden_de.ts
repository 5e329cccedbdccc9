<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>Account</name>
    <message>
        <source>Standard account</source>
        <translation>Standardkonto</translation>
    </message>
    <message>
        <source>Master account</source>
        <translation>Masterkonto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Mail-processing account</source>
        <translation>Mailverarbeitungskonto</translation>
    </message>
</context>
<context>
    <name>AccountCommand</name>
    <message>
        <source>  account list | show CODE | create --code C --name N --kind group|mail_processing --parent C</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  account list | show CODE | create --code C --name N --kind group|mail_processing --parent C</translation>
    </message>
    <message>
        <source>account takes list, show or create.</source>
        <translation>account kennt list, show oder create.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
Domains: %4</source>
        <translation>%1 — %2 (%3)
Domänen: %4</translation>
    </message>
    <message>
        <source>account create needs --code, --name and --kind (group or mail_processing).</source>
        <translation>account create braucht --code, --name und --kind (group oder mail_processing).</translation>
    </message>
    <message>
        <source>Created account %1.</source>
        <translation>Konto %1 angelegt.</translation>
    </message>
</context>
<context>
    <name>AccountContactService</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Ansprechpartner braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 is already a contact of this account.</source>
        <translation>%1 ist bereits Ansprechpartner dieses Kontos.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>Diesen Ansprechpartner gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The contact %1 was changed by %2 at %3 — reload it and make your change again; nothing was saved.</source>
        <translation>Der Kontakt %1 wurde von %2 um %3 geändert – laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>AccountContactsDialog</name>
    <message>
        <source>Account Contacts</source>
        <translation>Kontoansprechpartner</translation>
    </message>
    <message>
        <source>The people this account names for approvals. Only contacts of Director level or higher may approve protected-role change requests, and never their own.</source>
        <translation>Die Personen, die dieses Konto für Genehmigungen benennt. Nur Ansprechpartner ab Direktorenebene dürfen Änderungsanträge für geschützte Rollen genehmigen, und nie die eigenen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Director level or higher (may approve protected-role changes)</source>
        <translation>&amp;Direktorenebene oder höher (darf Änderungen geschützter Rollen genehmigen)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation>Ansprechpartner &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Account contacts</source>
        <translation>Kontokontakte</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>An account code has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>Ein Kontokürzel hat 2 bis 32 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Das Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>Accounts can be nested only under a master account or a group.</source>
        <translation>Konten können nur unter einem Masterkonto oder einer Gruppe verschachtelt werden.</translation>
    </message>
    <message>
        <source>Only groups and mail-processing accounts can be nested under another account.</source>
        <translation>Nur Gruppen und Mailverarbeitungskonten können unter einem anderen Konto liegen.</translation>
    </message>
    <message>
        <source>Groups and mail-processing accounts must be nested under a master account.</source>
        <translation>Gruppen und Mailverarbeitungskonten müssen unter einem Masterkonto liegen.</translation>
    </message>
    <message>
        <source>Top-level accounts are created by the service provider, not from inside an account.</source>
        <translation>Konten der obersten Ebene legt der Dienstanbieter an, nicht ein Konto selbst.</translation>
    </message>
    <message>
        <source>The account code &quot;%1&quot; is already in use.</source>
        <translation>Das Kontokürzel „%1“ ist bereits vergeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>„%1“ ist kein gültiger Domänenname.</translation>
    </message>
    <message>
        <source>Mail-processing accounts cannot add domains; add the domain on the master account and link it.</source>
        <translation>Mailverarbeitungskonten können keine Domänen hinzufügen; fügen Sie die Domäne im Masterkonto hinzu und verknüpfen Sie sie.</translation>
    </message>
    <message>
        <source>The domain %1 is already registered.</source>
        <translation>Die Domäne %1 ist bereits registriert.</translation>
    </message>
    <message>
        <source>The domain %1 is not registered on any account.</source>
        <translation>Die Domäne %1 ist bei keinem Konto registriert.</translation>
    </message>
    <message>
        <source>Domains are linked only to mail-processing accounts; %1 is a %2 account.</source>
        <translation>Domänen werden nur mit Mailverarbeitungskonten verknüpft; %1 ist ein Konto vom Typ %2.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, which is not above %3 in the hierarchy; a domain can only be linked down its own master&apos;s tree.</source>
        <translation>%1 gehört zu %2, das in der Hierarchie nicht über %3 steht; eine Domäne kann nur innerhalb des Baums ihres eigenen Master-Kontos verknüpft werden.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 ist bereits mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>%1 is not linked to %2.</source>
        <translation>%1 ist nicht mit %2 verknüpft.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The allow-list was not saved: %1</source>
        <translation>Die Zulassungsliste wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The allow-list was not saved: it would lock you out, because the address you connect from (%1) is in none of its ranges. Add a range that contains it.</source>
        <translation>Die Zulassungsliste wurde nicht gespeichert: Sie würden sich aussperren, denn Ihre Verbindungsadresse (%1) liegt in keinem ihrer Bereiche. Fügen Sie einen Bereich hinzu, der sie enthält.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The settings of %1 were changed by %2 at %3 — reload them and make your change again; nothing was saved.</source>
        <translation>Die Einstellungen von %1 wurden von %2 am %3 geändert — neu laden und die Änderung erneut vornehmen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>No such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no account with the code &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto mit dem Kürzel „%1“.</translation>
    </message>
</context>
<context>
    <name>AddAdminDialog</name>
    <message>
        <source>Add New Admin</source>
        <translation>Neuen Administrator hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Search the directory by address or name:</source>
        <translation>Verzeichnis nach Adresse oder Name &amp;durchsuchen:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Anmeldemethode:</translation>
    </message>
</context>
<context>
    <name>AddExternalAdminDialog</name>
    <message>
        <source>Add External Admin</source>
        <translation>Externen Administrator hinzufügen</translation>
    </message>
    <message>
        <source>External Admin Permissions</source>
        <translation>Berechtigungen des externen Administrators</translation>
    </message>
    <message>
        <source>External admin &amp;email address:</source>
        <translation>&amp;E-Mail-Adresse des externen Administrators:</translation>
    </message>
    <message>
        <source>Select &amp;role:</source>
        <translation>&amp;Rolle auswählen:</translation>
    </message>
</context>
<context>
    <name>AddUsersToRoleDialog</name>
    <message>
        <source>Add User to Role</source>
        <translation>Benutzer zur Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Alle angezeigten auswählen</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>  admin list --account C | add --account C --role R [--method sso|local_password] EMAIL
       edit --account C --roles R1,R2 [--method M] EMAIL | reset-password|delete --account C EMAIL
       backup --account C EMAIL on|off | reveal|rotate --account C EMAIL [--confirm-otp CODE]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  admin list --account C | add --account C --role R [--method sso|local_password] EMAIL
       edit --account C --roles R1,R2 [--method M] EMAIL | reset-password|delete --account C EMAIL
       backup --account C EMAIL on|off | reveal|rotate --account C EMAIL [--confirm-otp CODE]</translation>
    </message>
    <message>
        <source>Password reset; the second factor is enrolled again.</source>
        <translation>Passwort zurückgesetzt; der zweite Faktor wird neu eingerichtet.</translation>
    </message>
    <message>
        <source>admin takes list, add, edit, reset-password, delete, backup, rotate or reveal.</source>
        <translation>admin kennt list, add, edit, reset-password, delete, backup, rotate oder reveal.</translation>
    </message>
    <message>
        <source>--method is sso or local_password, not &quot;%1&quot;.</source>
        <translation>--method ist sso oder local_password, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is not in %2&apos;s directory.</source>
        <translation>%1 ist nicht im Verzeichnis von %2.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>admin backup EMAIL on|off</source>
        <translation>admin backup EMAIL on|off</translation>
    </message>
</context>
<context>
    <name>AdminManagementDialog</name>
    <message>
        <source>Admin Management</source>
        <translation>Administratorverwaltung</translation>
    </message>
    <message>
        <source>&amp;Add New Admin…</source>
        <translation>Neuen &amp;Administrator hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Mark as &amp;Backup Account…</source>
        <translation>Als &amp;Notfallkonto markieren…</translation>
    </message>
    <message>
        <source>Re&amp;veal Credential…</source>
        <translation>Zugangsdaten an&amp;zeigen…</translation>
    </message>
    <message>
        <source>R&amp;otate Credential…</source>
        <translation>Zugangsdaten r&amp;otieren…</translation>
    </message>
    <message>
        <source>A&amp;dministrators</source>
        <translation>A&amp;dministratoren</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>Password and authenticator app</source>
        <translation>Passwort und Authenticator-App</translation>
    </message>
    <message>
        <source>Single sign-on (SSO)</source>
        <translation>Einmalige Anmeldung (SSO)</translation>
    </message>
    <message>
        <source>%1 belongs to another account&apos;s directory; add administrators from this account&apos;s directory.</source>
        <translation>%1 gehört zum Verzeichnis eines anderen Kontos; fügen Sie Administratoren aus dem Verzeichnis dieses Kontos hinzu.</translation>
    </message>
    <message>
        <source>%1 is disabled in the directory; enable them first.</source>
        <translation>%1 ist im Verzeichnis deaktiviert; aktivieren Sie die Person zuerst.</translation>
    </message>
    <message>
        <source>That role belongs to another account.</source>
        <translation>Diese Rolle gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>%1 is already an administrator of this account (%2); use Edit to change their roles.</source>
        <translation>%1 ist bereits Administrator dieses Kontos (%2); ändern Sie die Rollen unter Bearbeiten.</translation>
    </message>
    <message>
        <source>The new administrator could not be read back.</source>
        <translation>Der neue Administrator konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>An administrator needs at least one role; use Delete to remove %1 as an administrator.</source>
        <translation>Ein Administrator braucht mindestens eine Rolle; entfernen Sie %1 mit Löschen als Administrator.</translation>
    </message>
    <message>
        <source>%1 is a backup account, which keeps a local password to survive an identity-provider outage; unmark it as a backup first.</source>
        <translation>%1 ist ein Notfallkonto, das ein lokales Passwort behält, um einen Ausfall des Identitätsanbieters zu überstehen; heben Sie die Markierung zuerst auf.</translation>
    </message>
    <message>
        <source>The administrator could not be read back.</source>
        <translation>Der Administrator konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>%1 has no sign-in method yet; use Edit to choose one.</source>
        <translation>%1 hat noch keine Anmeldemethode; wählen Sie eine unter Bearbeiten.</translation>
    </message>
    <message>
        <source>%1 signs in through the identity provider (SSO) and has no Warden password to reset.</source>
        <translation>%1 meldet sich über den Identitätsanbieter (SSO) an und hat kein Warden-Passwort, das zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>%1 is a backup account: rotate its credential instead, so the keychain keeps the password.</source>
        <translation>%1 ist ein Notfallkonto: Rotieren Sie stattdessen die Zugangsdaten, damit der Schlüsselbund das Passwort behält.</translation>
    </message>
    <message>
        <source>You cannot delete yourself; ask another Super Administrator.</source>
        <translation>Sie können sich nicht selbst löschen; bitten Sie einen anderen Super-Administrator.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be deleted. Add another Super Administrator first.</source>
        <translation>%1 ist der letzte Super-Administrator dieses Kontos und kann nicht gelöscht werden. Fügen Sie zuerst einen weiteren Super-Administrator hinzu.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</source>
        <translation>%1 ist der letzte Super-Administrator dieses Kontos und kann nicht entfernt werden. Fügen Sie zuerst einen weiteren Super-Administrator hinzu.</translation>
    </message>
    <message>
        <source>%1 holds the protected role &quot;%2&quot;: to reset their password, file a change request for an account contact of Director level or higher to approve.</source>
        <translation>%1 hat die geschützte Rolle „%2“: Um das Passwort zurückzusetzen, stellen Sie einen Änderungsantrag, den ein Kontoansprechpartner ab Direktorenebene genehmigt.</translation>
    </message>
    <message>
        <source>%1 holds the protected role &quot;%2&quot;: to remove them, file a change request for an account contact of Director level or higher to approve.</source>
        <translation>%1 hat die geschützte Rolle „%2“: Um die Person zu entfernen, stellen Sie einen Änderungsantrag, den ein Kontoansprechpartner ab Direktorenebene genehmigt.</translation>
    </message>
</context>
<context>
    <name>AdministratorStore</name>
    <message>
        <source>That user holds no role in this account.</source>
        <translation>Diese Person hat in diesem Konto keine Rolle.</translation>
    </message>
</context>
<context>
    <name>ApplyExternalAdminDialog</name>
    <message>
        <source>Apply External Admin to Accounts</source>
        <translation>Externen Administrator auf Konten anwenden</translation>
    </message>
    <message>
        <source>Add one external administrator to every selected customer account in one step, or change their role where they are already listed. Each account is changed on its own; the results show which accounts refused and why.</source>
        <translation>Fügen Sie einen externen Administrator in einem Schritt allen ausgewählten Kundenkonten hinzu oder ändern Sie seine Rolle, wo er bereits eingetragen ist. Jedes Konto wird einzeln geändert; die Ergebnisse zeigen, welche Konten abgelehnt haben und warum.</translation>
    </message>
    <message>
        <source>External admin &amp;email address:</source>
        <translation>&amp;E-Mail-Adresse des externen Administrators:</translation>
    </message>
    <message>
        <source>Select &amp;role:</source>
        <translation>&amp;Rolle auswählen:</translation>
    </message>
    <message>
        <source>Customer acc&amp;ounts:</source>
        <translation>Kunden&amp;konten:</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>A&amp;lle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Ergebnisse:</translation>
    </message>
    <message>
        <source>Customer accounts</source>
        <translation>Kundenkonten</translation>
    </message>
    <message>
        <source>Result per account</source>
        <translation>Ergebnis je Konto</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>You hold no administrator role.</source>
        <translation>Sie haben keine Administratorrolle.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries checked).</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt (%n Eintrag geprüft).</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt (%n Einträge geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at entry %1: %2</source>
        <translation>Das Prüfprotokoll wurde bei Eintrag %1 manipuliert: %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>  audit list [--actor A] [--action A] [--target T] [--affected PERSON_OR_ROLE] [--limit N]
  audit export [--format csv|jsonl] [--output FILE]
  audit verify [--file EXPORT.jsonl]
  audit checkpoint
  audit prove SEQ</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  audit list [--actor A] [--action A] [--target T] [--affected PERSON_OR_ROLE] [--limit N]
  audit export [--format csv|jsonl] [--output FILE]
  audit verify [--file EXPORT.jsonl]
  audit checkpoint
  audit prove SEQ</translation>
    </message>
    <message>
        <source>audit takes list, verify, checkpoint, prove or export.</source>
        <translation>audit erwartet list, verify, checkpoint, prove oder export.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n entries, written before entries were signed, were also checked with the database key.</source>
        <translation>
            <numerusform>Der erste Eintrag, geschrieben bevor Einträge signiert wurden, wurde auch mit dem Datenbankschlüssel geprüft.</numerusform>
            <numerusform>Die ersten %n Einträge, geschrieben bevor Einträge signiert wurden, wurden auch mit dem Datenbankschlüssel geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n entries were written before entries were signed: they are checked by the hash chain that the signed entries continue.</source>
        <translation>
            <numerusform>Der erste Eintrag wurde geschrieben, bevor Einträge signiert wurden: Er wird durch die Hash-Kette geprüft, die die signierten Einträge fortsetzen.</numerusform>
            <numerusform>Die ersten %n Einträge wurden geschrieben, bevor Einträge signiert wurden: Sie werden durch die Hash-Kette geprüft, die die signierten Einträge fortsetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be checked: %1</source>
        <translation>Das Prüfprotokoll kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n entries, Merkle root %1, signed by computer %2.</source>
        <translation>
            <numerusform>Prüfpunkt über %n Eintrag, Merkle-Wurzel %1, signiert von Computer %2.</numerusform>
            <numerusform>Prüfpunkt über %n Einträge, Merkle-Wurzel %1, signiert von Computer %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which entry: audit prove SEQ.</source>
        <translation>Geben Sie den Eintrag an: audit prove SEQ.</translation>
    </message>
    <message>
        <source>Entry %1 (hash %2) is in the checkpoint of %3 entries (root %4):</source>
        <translation>Eintrag %1 (Hash %2) ist im Prüfpunkt über %3 Einträge (Wurzel %4) enthalten:</translation>
    </message>
    <message>
        <source>The proof checks out.</source>
        <translation>Der Nachweis ist gültig.</translation>
    </message>
    <message>
        <source>The proof does NOT check out.</source>
        <translation>Der Nachweis ist NICHT gültig.</translation>
    </message>
    <message>
        <source>--format takes csv or jsonl.</source>
        <translation>--format erwartet csv oder jsonl.</translation>
    </message>
    <message>
        <source>Signatures checked: %1 (and %2 this computer had checked before). Checkpoints checked: %3. Merkle root: %4.</source>
        <translation>Geprüfte Signaturen: %1 (und %2, die dieser Computer bereits zuvor geprüft hatte). Geprüfte Prüfpunkte: %3. Merkle-Wurzel: %4.</translation>
    </message>
    <message>
        <source>Computers that registered their own signing key, vouched for by no other computer: %1.</source>
        <translation>Computer, die ihren Signaturschlüssel selbst registriert haben, ohne dass ein anderer Computer für sie bürgt: %1.</translation>
    </message>
</context>
<context>
    <name>AuditEntryText</name>
    <message>
        <source>%1 created the role %2</source>
        <translation>%1 hat die Rolle %2 angelegt</translation>
    </message>
    <message>
        <source>%1 changed the role %2</source>
        <translation>%1 hat die Rolle %2 geändert</translation>
    </message>
    <message>
        <source>%1 deleted the role %2</source>
        <translation>%1 hat die Rolle %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 added %2 to the directory</source>
        <translation>%1 hat %2 ins Verzeichnis aufgenommen</translation>
    </message>
    <message>
        <source>%1 disabled %2</source>
        <translation>%1 hat %2 deaktiviert</translation>
    </message>
    <message>
        <source>%1 enabled %2</source>
        <translation>%1 hat %2 aktiviert</translation>
    </message>
    <message>
        <source>%1 moved %2 to this account</source>
        <translation>%1 hat %2 in dieses Konto verschoben</translation>
    </message>
    <message>
        <source>%1 changed the primary address to %2</source>
        <translation>%1 hat die primäre Adresse in %2 geändert</translation>
    </message>
    <message>
        <source>%1 changed the sign-in name (UPN) of %2</source>
        <translation>%1 hat den Anmeldenamen (UPN) von %2 geändert</translation>
    </message>
    <message>
        <source>%1 imported users into %2</source>
        <translation>%1 hat Benutzer in %2 importiert</translation>
    </message>
    <message>
        <source>%1 made %2 an administrator</source>
        <translation>%1 hat %2 zum Administrator gemacht</translation>
    </message>
    <message>
        <source>%1 changed the administrator %2</source>
        <translation>%1 hat den Administrator %2 geändert</translation>
    </message>
    <message>
        <source>%1 deleted the administrator %2</source>
        <translation>%1 hat den Administrator %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 reset the password of %2</source>
        <translation>%1 hat das Passwort von %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 made %2 a backup administrator</source>
        <translation>%1 hat %2 zum Backup-Administrator gemacht</translation>
    </message>
    <message>
        <source>%1 made %2 no longer a backup administrator</source>
        <translation>%1 hat %2 als Backup-Administrator entfernt</translation>
    </message>
    <message>
        <source>%1 replaced the backup credential of %2</source>
        <translation>%1 hat die Backup-Zugangsdaten von %2 ersetzt</translation>
    </message>
    <message>
        <source>%1 revealed the backup credential of %2</source>
        <translation>%1 hat die Backup-Zugangsdaten von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 tested the backup access of %2</source>
        <translation>%1 hat den Backup-Zugang von %2 getestet</translation>
    </message>
    <message>
        <source>%1 reviewed the backup access of %2</source>
        <translation>%1 hat den Backup-Zugang von %2 überprüft</translation>
    </message>
    <message>
        <source>%1 added the external administrator %2</source>
        <translation>%1 hat den externen Administrator %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 changed the role of the external administrator %2</source>
        <translation>%1 hat die Rolle des externen Administrators %2 geändert</translation>
    </message>
    <message>
        <source>%1 removed the external administrator %2</source>
        <translation>%1 hat den externen Administrator %2 entfernt</translation>
    </message>
    <message>
        <source>%1 created the partner %2</source>
        <translation>%1 hat den Partner %2 angelegt</translation>
    </message>
    <message>
        <source>%1 delegated this account to the partner %2</source>
        <translation>%1 hat dieses Konto an den Partner %2 delegiert</translation>
    </message>
    <message>
        <source>%1 revoked the delegation to the partner %2</source>
        <translation>%1 hat die Delegierung an den Partner %2 widerrufen</translation>
    </message>
    <message>
        <source>%1 added the account contact %2</source>
        <translation>%1 hat den Kontokontakt %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 changed the account contact %2</source>
        <translation>%1 hat den Kontokontakt %2 geändert</translation>
    </message>
    <message>
        <source>%1 removed the account contact %2</source>
        <translation>%1 hat den Kontokontakt %2 entfernt</translation>
    </message>
    <message>
        <source>%1 filed a change request: %2</source>
        <translation>%1 hat einen Änderungsantrag gestellt: %2</translation>
    </message>
    <message>
        <source>%1 approved a change request: %2</source>
        <translation>%1 hat einen Änderungsantrag genehmigt: %2</translation>
    </message>
    <message>
        <source>%1 rejected a change request: %2</source>
        <translation>%1 hat einen Änderungsantrag abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 cancelled a change request: %2</source>
        <translation>%1 hat einen Änderungsantrag zurückgezogen: %2</translation>
    </message>
    <message>
        <source>A change request expired: %2</source>
        <translation>Ein Änderungsantrag ist abgelaufen: %2</translation>
    </message>
    <message>
        <source>%1 asked for access from the computer %2</source>
        <translation>%1 hat Zugang vom Computer %2 beantragt</translation>
    </message>
    <message>
        <source>%1 could not ask for access from the computer %2</source>
        <translation>%1 konnte keinen Zugang vom Computer %2 beantragen</translation>
    </message>
    <message>
        <source>%1 registered the computer %2</source>
        <translation>%1 hat den Computer %2 registriert</translation>
    </message>
    <message>
        <source>%1 approved the computer %2</source>
        <translation>%1 hat den Computer %2 zugelassen</translation>
    </message>
    <message>
        <source>%1 refused the computer %2</source>
        <translation>%1 hat den Computer %2 abgelehnt</translation>
    </message>
    <message>
        <source>%1 revoked the computer %2</source>
        <translation>%1 hat den Computer %2 gesperrt</translation>
    </message>
    <message>
        <source>The access of the computer %2 expired</source>
        <translation>Der Zugang des Computers %2 ist abgelaufen</translation>
    </message>
    <message>
        <source>The computer %2 presented a different identity than approved</source>
        <translation>Der Computer %2 hat eine andere Identität als die zugelassene vorgelegt</translation>
    </message>
    <message>
        <source>%1 rotated the database key</source>
        <translation>%1 hat den Datenbankschlüssel erneuert</translation>
    </message>
    <message>
        <source>%1 exported a recovery kit</source>
        <translation>%1 hat ein Wiederherstellungspaket exportiert</translation>
    </message>
    <message>
        <source>%1 restored the database key from a recovery kit</source>
        <translation>%1 hat den Datenbankschlüssel aus einem Wiederherstellungspaket wiederhergestellt</translation>
    </message>
    <message>
        <source>%2 signed in</source>
        <translation>%2 hat sich angemeldet</translation>
    </message>
    <message>
        <source>A sign-in as %2 failed</source>
        <translation>Eine Anmeldung als %2 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%2 enrolled a sign-in method</source>
        <translation>%2 hat eine Anmeldemethode eingerichtet</translation>
    </message>
    <message>
        <source>%1 set up Warden as its first Super Administrator</source>
        <translation>%1 hat Warden als erster Super Administrator eingerichtet</translation>
    </message>
    <message>
        <source>%1 created the account %2</source>
        <translation>%1 hat das Konto %2 angelegt</translation>
    </message>
    <message>
        <source>%1 changed the IP restrictions of %2</source>
        <translation>%1 hat die IP-Beschränkungen von %2 geändert</translation>
    </message>
    <message>
        <source>%1 changed who may view federated content in %2</source>
        <translation>%1 hat geändert, wer in %2 föderierte Inhalte sehen darf</translation>
    </message>
    <message>
        <source>%1 added the domain %2</source>
        <translation>%1 hat die Domäne %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 linked the domain %2</source>
        <translation>%1 hat die Domäne %2 verknüpft</translation>
    </message>
    <message>
        <source>%1 unlinked the domain %2</source>
        <translation>%1 hat die Verknüpfung der Domäne %2 aufgehoben</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <translation>%1 hat %2 zu %3 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n people to %2</source>
        <translation>
            <numerusform>%1 hat %n Person zu %2 hinzugefügt</numerusform>
            <numerusform>%1 hat %n Personen zu %2 hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <translation>%1 hat %2 aus %3 entfernt</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <extracomment>An audit entry of a kind the console has no sentence for: who, what kind, on what.</extracomment>
        <translation>%1: %2 an %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>An audit entry&apos;s sentence and the account it happened in.</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 synchronized the directory of %2</source>
        <translation>%1 hat das Verzeichnis von %2 synchronisiert</translation>
    </message>
    <message>
        <source>%1 changed the directory synchronization settings of %2</source>
        <translation>%1 hat die Einstellungen der Verzeichnissynchronisierung von %2 geändert</translation>
    </message>
</context>
<context>
    <name>AuditInspector</name>
    <message>
        <source>Line %1 of the export: %2</source>
        <translation>Zeile %1 des Exports: %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The audit log has no checkpoint yet. Write one with &quot;wardenctl audit checkpoint&quot;.</source>
        <translation>Das Prüfprotokoll hat noch keinen Prüfpunkt. Schreiben Sie einen mit „wardenctl audit checkpoint“.</translation>
    </message>
    <message>
        <source>Entry %1 is not in the newest checkpoint, which holds entries 1 to %2. Write a newer one with &quot;wardenctl audit checkpoint&quot;.</source>
        <translation>Eintrag %1 ist nicht im neuesten Prüfpunkt, der die Einträge 1 bis %2 umfasst. Schreiben Sie einen neueren mit „wardenctl audit checkpoint“.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, before its newest checkpoint (%2 entries): entries were removed. Run &quot;wardenctl audit verify&quot;.</source>
        <translation>Das Prüfprotokoll endet bei Eintrag %1, vor seinem neuesten Prüfpunkt (%2 Einträge): Einträge wurden entfernt. Führen Sie „wardenctl audit verify“ aus.</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>kein JSON-Objekt (%1).</translation>
    </message>
    <message>
        <source>the fields of a &quot;%1&quot; line are not the ones it has.</source>
        <translation>die Felder einer „%1“-Zeile sind nicht die, die sie hat.</translation>
    </message>
    <message>
        <source>not a Warden audit log export (%1).</source>
        <translation>kein Export eines Warden-Prüfprotokolls (%1).</translation>
    </message>
    <message>
        <source>the header is missing.</source>
        <translation>der Kopf fehlt.</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; line after the entries.</source>
        <translation>eine „%1“-Zeile nach den Einträgen.</translation>
    </message>
    <message>
        <source>an unknown line type &quot;%1&quot;.</source>
        <translation>ein unbekannter Zeilentyp „%1“.</translation>
    </message>
    <message>
        <source>the export is empty.</source>
        <translation>der Export ist leer.</translation>
    </message>
    <message>
        <source>the header says %1 entries; the export holds %2.</source>
        <translation>der Kopf nennt %1 Einträge; der Export enthält %2.</translation>
    </message>
    <message>
        <source>the computers listed are not the ones the log registers.</source>
        <translation>die aufgeführten Computer sind nicht die, die das Protokoll registriert.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing (the next entry is %2).</source>
        <translation>Eintrag %1 fehlt (der nächste Eintrag ist %2).</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or entries were reordered, after it was written.</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert, oder Einträge wurden umsortiert.</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The audit log does not end where its head record says (the newest entry is %1): entries were removed or changed. Nothing was written. Run &quot;wardenctl audit verify&quot; and restore the database from a backup.</source>
        <translation>Das Prüfprotokoll endet nicht dort, wo sein Kopfeintrag es angibt (neuester Eintrag ist %1): Einträge wurden entfernt oder geändert. Es wurde nichts geschrieben. Führen Sie „wardenctl audit verify“ aus und stellen Sie die Datenbank aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This computer has no signing key for this database, so it cannot write the audit log.</source>
        <translation>Dieser Computer hat keinen Signaturschlüssel für diese Datenbank und kann daher nicht in das Prüfprotokoll schreiben.</translation>
    </message>
    <message>
        <source>This computer has no signing key for this database, so it cannot sign a checkpoint.</source>
        <translation>Dieser Computer hat keinen Signaturschlüssel für diese Datenbank und kann daher keinen Prüfpunkt signieren.</translation>
    </message>
    <message>
        <source>The audit log&apos;s Merkle tree record does not match its entries. Run &quot;wardenctl audit verify&quot;.</source>
        <translation>Der Merkle-Baum-Datensatz des Prüfprotokolls passt nicht zu seinen Einträgen. Führen Sie „wardenctl audit verify“ aus.</translation>
    </message>
</context>
<context>
    <name>AuditLogWidget</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge des Audit-Protokolls</translation>
    </message>
    <message>
        <source>Filter by the person or role affected</source>
        <translation>Nach betroffener Person oder Rolle filtern</translation>
    </message>
    <message>
        <source>Person or role affected</source>
        <translation>Betroffene Person oder Rolle</translation>
    </message>
    <message>
        <source>Filter by who made the change</source>
        <translation>Danach filtern, wer geändert hat</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Filter by kind of change</source>
        <translation>Nach Art der Änderung filtern</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>What the entry changed, field by field</source>
        <translation>Was der Eintrag geändert hat, Feld für Feld</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 is missing (the next entry is %2).</source>
        <translation>Eintrag %1 fehlt (der nächste Eintrag ist %2).</translation>
    </message>
    <message>
        <source>Entry %1 appears twice or out of order.</source>
        <translation>Eintrag %1 kommt doppelt oder außer der Reihe vor.</translation>
    </message>
    <message>
        <source>Entry %1 carries no signature, but entries are signed from entry %2 on.</source>
        <translation>Eintrag %1 trägt keine Signatur, aber ab Eintrag %2 werden Einträge signiert.</translation>
    </message>
    <message>
        <source>Entry %1 says computer %2 wrote it, but no entry before it registered that computer&apos;s signing key.</source>
        <translation>Eintrag %1 gibt an, von Computer %2 geschrieben zu sein, aber kein früherer Eintrag hat den Signaturschlüssel dieses Computers registriert.</translation>
    </message>
    <message>
        <source>Entry %1 is signed by computer %2, which entry %3 revoked.</source>
        <translation>Eintrag %1 ist von Computer %2 signiert, den Eintrag %3 widerrufen hat.</translation>
    </message>
    <message>
        <source>Entry %1 has no hash: this log was not yet moved to signed entries. Open it once in Warden on a computer that holds its key.</source>
        <translation>Eintrag %1 hat keinen Hash: Dieses Protokoll wurde noch nicht auf signierte Einträge umgestellt. Öffnen Sie es einmal in Warden auf einem Computer, der seinen Schlüssel hat.</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or entries were reordered, after it was written: its hash does not match.</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert, oder Einträge wurden umsortiert: Sein Hash stimmt nicht.</translation>
    </message>
    <message>
        <source>Entry %1 does not carry a valid signature of computer %2, which it says wrote it: it was written or changed by someone else.</source>
        <translation>Eintrag %1 trägt keine gültige Signatur von Computer %2, der ihn laut Eintrag geschrieben hat: Er wurde von jemand anderem geschrieben oder geändert.</translation>
    </message>
    <message>
        <source>The log&apos;s first %1 entries are not the ones this computer saw: the history was rewritten, or this is a copy that forked from it.</source>
        <translation>Die ersten %1 Einträge des Protokolls sind nicht die, die dieser Computer gesehen hat: Der Verlauf wurde umgeschrieben, oder dies ist eine davon abgezweigte Kopie.</translation>
    </message>
    <message>
        <source>The log&apos;s first %1 entries are not the ones this computer checked before: the history was rewritten.</source>
        <translation>Die ersten %1 Einträge des Protokolls sind nicht die, die dieser Computer zuvor geprüft hat: Der Verlauf wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>Entry %1 gives computer %2 a second signing key.</source>
        <translation>Eintrag %1 gibt Computer %2 einen zweiten Signaturschlüssel.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries is signed by computer %2, which the log never registered.</source>
        <translation>Der Prüfpunkt über %1 Einträge ist von Computer %2 signiert, den das Protokoll nie registriert hat.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries is signed by computer %2, which entry %3 revoked.</source>
        <translation>Der Prüfpunkt über %1 Einträge ist von Computer %2 signiert, den Eintrag %3 widerrufen hat.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries does not carry a valid signature of computer %2.</source>
        <translation>Der Prüfpunkt über %1 Einträge trägt keine gültige Signatur von Computer %2.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries signed by computer %2 is from another history: its Merkle root is not the root of this log&apos;s first %1 entries.</source>
        <translation>Der von Computer %2 signierte Prüfpunkt über %1 Einträge stammt aus einem anderen Verlauf: Seine Merkle-Wurzel ist nicht die Wurzel der ersten %1 Einträge dieses Protokolls.</translation>
    </message>
    <message>
        <source>A checkpoint signed by computer %1 says this log had %2 entries; it now ends at entry %3: entries were removed.</source>
        <translation>Ein von Computer %1 signierter Prüfpunkt besagt, dass dieses Protokoll %2 Einträge hatte; es endet jetzt bei Eintrag %3: Einträge wurden entfernt.</translation>
    </message>
    <message>
        <source>This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries were removed, or an older copy of the database was put back.</source>
        <translation>Dieser Computer hat Eintrag %1 dieses Prüfprotokolls gesehen, das Protokoll endet jetzt aber bei Eintrag %2: Einträge wurden entfernt, oder eine ältere Kopie der Datenbank wurde zurückgespielt.</translation>
    </message>
    <message>
        <source>The log&apos;s head record does not carry a valid signature of a computer the log registered.</source>
        <translation>Der Kopfdatensatz des Protokolls trägt keine gültige Signatur eines Computers, den das Protokoll registriert hat.</translation>
    </message>
    <message>
        <source>The newest entries, from entry %1 to %2, were removed.</source>
        <translation>Die neuesten Einträge, von %1 bis %2, wurden entfernt.</translation>
    </message>
    <message>
        <source>The log&apos;s head record names entry %1 with another hash: the newest entries were changed.</source>
        <translation>Der Kopfdatensatz des Protokolls nennt Eintrag %1 mit einem anderen Hash: Die neuesten Einträge wurden geändert.</translation>
    </message>
</context>
<context>
    <name>AuditWitness</name>
    <message>
        <source>The keychain entry %1 is damaged.</source>
        <translation>Der Schlüsselbundeintrag %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries were removed, or an older copy of the database was put back.</source>
        <translation>Dieser Computer hat Eintrag %1 dieses Prüfprotokolls gesehen, das Protokoll endet jetzt aber bei Eintrag %2: Einträge wurden entfernt, oder eine ältere Kopie der Datenbank wurde zurückgespielt.</translation>
    </message>
    <message>
        <source>Entry %1 of this audit log is not the one this computer saw: the log was rewritten.</source>
        <translation>Eintrag %1 dieses Prüfprotokolls ist nicht der, den dieser Computer gesehen hat: Das Protokoll wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>The audit checkpoint of %1 entries is not the tree this computer saw: the log was rewritten.</source>
        <translation>Der Prüfpunkt über %1 Einträge ist nicht der Baum, den dieser Computer gesehen hat: Das Protokoll wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>The audit checkpoint of %1 entries does not extend the log this computer saw: it is from another history.</source>
        <translation>Der Prüfpunkt über %1 Einträge setzt das Protokoll, das dieser Computer gesehen hat, nicht fort: Er stammt aus einem anderen Verlauf.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The email address, password or one-time code is not correct.</source>
        <translation>E-Mail-Adresse, Passwort oder Einmalcode ist nicht korrekt.</translation>
    </message>
    <message>
        <source>This database already has administrators; sign in instead.</source>
        <translation>Diese Datenbank hat bereits Administratoren; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The first account needs a code and a name.</source>
        <translation>Das erste Konto braucht ein Kürzel und einen Namen.</translation>
    </message>
    <message>
        <source>That one-time code does not match. Check the authenticator app&apos;s clock and enter the current code.</source>
        <translation>Dieser Einmalcode stimmt nicht. Prüfen Sie die Uhr der Authenticator-App und geben Sie den aktuellen Code ein.</translation>
    </message>
    <message>
        <source>Administrators are enrolled through Admin Management.</source>
        <translation>Administratoren werden über die Administratorverwaltung registriert.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signs in through the organisation&apos;s identity provider (SSO), not with a Warden password.</source>
        <translation>%1 meldet sich über den Identitätsanbieter der Organisation (SSO) an, nicht mit einem Warden-Passwort.</translation>
    </message>
    <message>
        <source>That one-time code was already used. Wait for the next code and try again.</source>
        <translation>Dieser Einmalcode wurde bereits verwendet. Warten Sie auf den nächsten Code und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This administrator is disabled.</source>
        <translation>Dieser Administrator ist deaktiviert.</translation>
    </message>
    <message>
        <source>Your account admits administrators only from its IP allow-list, and the address this console connects from is unknown.</source>
        <translation>Ihr Konto lässt Administratoren nur aus seiner IP-Zulassungsliste zu, und die Adresse, von der diese Konsole verbindet, ist unbekannt.</translation>
    </message>
    <message>
        <source>Your account admits administrators only from its IP allow-list; this console connects from %1, which is not in it.</source>
        <translation>Ihr Konto lässt Administratoren nur aus seiner IP-Zulassungsliste zu; diese Konsole verbindet von %1, das nicht darin enthalten ist.</translation>
    </message>
    <message>
        <source>%1 is already enrolled; sign in with the password and a one-time code.</source>
        <translation>%1 ist bereits eingerichtet; melden Sie sich mit Passwort und Einmalcode an.</translation>
    </message>
    <message>
        <source>Your sign-in details changed while you were enrolling; sign in again.</source>
        <translation>Ihre Anmeldedaten haben sich während der Einrichtung geändert; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Choose a new password; the temporary one cannot be kept.</source>
        <translation>Wählen Sie ein neues Passwort; das vorläufige kann nicht behalten werden.</translation>
    </message>
    <message>
        <source>Only a signed-in administrator can confirm with a code.</source>
        <translation>Nur ein angemeldeter Administrator kann mit einem Code bestätigen.</translation>
    </message>
    <message>
        <source>Confirming needs a Warden password and an enrolled authenticator; %1 has none.</source>
        <translation>Zum Bestätigen sind ein Warden-Passwort und ein eingerichteter Authenticator nötig; %1 hat keine.</translation>
    </message>
    <message>
        <source>The password or one-time code is not correct; nothing was done.</source>
        <translation>Das Passwort oder der Einmalcode ist nicht korrekt; es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>This is a temporary password. Set your own password and enroll your authenticator app to finish signing in.</source>
        <translation>Dies ist ein vorläufiges Passwort. Setzen Sie Ihr eigenes Passwort und richten Sie Ihre Authenticator-App ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>Enroll your authenticator app to finish signing in.</source>
        <translation>Richten Sie Ihre Authenticator-App ein, um die Anmeldung abzuschließen.</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>You hold no administrator role in this account, so you cannot %1.</source>
        <translation>Sie haben in diesem Konto keine Administratorrolle und können daher nicht: %1.</translation>
    </message>
    <message>
        <source>%1s have read-only access to %2.</source>
        <translation>Die Rolle %1 hat nur Lesezugriff auf %2.</translation>
    </message>
    <message>
        <source>%1s have no access to %2, so they cannot %3.</source>
        <translation>Die Rolle %1 hat keinen Zugriff auf %2 und kann daher nicht: %3.</translation>
    </message>
    <message>
        <source>Your roles (%1) give read-only access to %2.</source>
        <translation>Ihre Rollen (%1) geben nur Lesezugriff auf %2.</translation>
    </message>
    <message>
        <source>Your roles (%1) give no access to %2, so you cannot %3.</source>
        <translation>Ihre Rollen (%1) geben keinen Zugriff auf %2; Sie können daher nicht: %3.</translation>
    </message>
    <message>
        <source>You hold no administrator role in this account.</source>
        <translation>Sie haben in diesem Konto keine Administratorrolle.</translation>
    </message>
    <message>
        <source>create nested accounts</source>
        <translation>verschachtelte Konten anlegen</translation>
    </message>
    <message>
        <source>change account settings</source>
        <translation>Kontoeinstellungen ändern</translation>
    </message>
    <message>
        <source>see the internal directory</source>
        <translation>das interne Verzeichnis sehen</translation>
    </message>
    <message>
        <source>change the internal directory</source>
        <translation>das interne Verzeichnis ändern</translation>
    </message>
    <message>
        <source>manage administrators</source>
        <translation>Administratoren verwalten</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>das Prüfprotokoll sehen</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>Rollen ändern</translation>
    </message>
    <message>
        <source>Your roles cannot manage roles (role management level: %1).</source>
        <translation>Ihre Rollen dürfen keine Rollen verwalten (Rollenverwaltung: %1).</translation>
    </message>
    <message>
        <source>The Super Administrator role cannot be edited or deleted.</source>
        <translation>Die Rolle Super-Administrator kann weder bearbeitet noch gelöscht werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role; built-in roles cannot be renamed, edited or deleted. Copy it to make a custom role.</source>
        <translation>„%1“ ist eine integrierte Rolle; integrierte Rollen können nicht umbenannt, bearbeitet oder gelöscht werden. Kopieren Sie sie, um eine eigene Rolle zu erstellen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protected role: changes to it require a change request approved by an account contact of Director level or higher.</source>
        <translation>„%1“ ist eine geschützte Rolle: Änderungen erfordern einen Änderungsantrag, den ein Kontoansprechpartner ab Direktorenebene genehmigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protected role; only administrators with the Protected Roles management level may request changes to it.</source>
        <translation>„%1“ ist eine geschützte Rolle; nur Administratoren mit der Verwaltungsstufe „Geschützte Rollen“ dürfen Änderungen beantragen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; grants %2, which you do not hold yourself; nobody can grant more than they have.</source>
        <translation>„%1“ gewährt %2, das Sie selbst nicht besitzen; niemand kann mehr vergeben, als er hat.</translation>
    </message>
    <message>
        <source>You hold no administrator role.</source>
        <translation>Sie haben keine Administratorrolle.</translation>
    </message>
    <message>
        <source>This account no longer delegates administration to your partner organisation.</source>
        <translation>Dieses Konto delegiert die Verwaltung nicht mehr an Ihre Partnerorganisation.</translation>
    </message>
    <message>
        <source>This account only admits administrators from its IP allow-list, and the address you connect from is unknown.</source>
        <translation>Dieses Konto lässt Administratoren nur aus seiner IP-Zulassungsliste zu, und Ihre Verbindungsadresse ist unbekannt.</translation>
    </message>
    <message>
        <source>This account only admits administrators from its IP allow-list; your address %1 is not in it.</source>
        <translation>Dieses Konto lässt Administratoren nur aus seiner IP-Zulassungsliste zu; Ihre Adresse %1 ist nicht darin enthalten.</translation>
    </message>
    <message>
        <source>see external administrators</source>
        <translation>externe Administratoren sehen</translation>
    </message>
    <message>
        <source>manage external administrators</source>
        <translation>externe Administratoren verwalten</translation>
    </message>
    <message>
        <source>change the account hierarchy</source>
        <translation>die Kontenhierarchie ändern</translation>
    </message>
    <message>
        <source>import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>see the administrators&apos; health</source>
        <translation>den Zustand der Administratoren sehen</translation>
    </message>
    <message>
        <source>see directory synchronization</source>
        <translation>die Verzeichnissynchronisierung sehen</translation>
    </message>
    <message>
        <source>configure directory synchronization</source>
        <translation>die Verzeichnissynchronisierung einrichten</translation>
    </message>
    <message>
        <source>run directory synchronization</source>
        <translation>die Verzeichnissynchronisierung ausführen</translation>
    </message>
</context>
<context>
    <name>BackupCredentialService</name>
    <message>
        <source>%1 is not a backup account; only backup accounts keep a credential in the keychain.</source>
        <translation>%1 ist kein Notfallkonto; nur Notfallkonten haben Zugangsdaten im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keychain holds no credential for %1. Rotate it to store a new one.</source>
        <translation>Der Schlüsselbund enthält keine Zugangsdaten für %1. Rotieren Sie sie, um neue zu speichern.</translation>
    </message>
    <message>
        <source>%1 is not a backup account; mark it as one first.</source>
        <translation>%1 ist kein Notfallkonto; markieren Sie es zuerst als solches.</translation>
    </message>
</context>
<context>
    <name>BuiltInRoles</name>
    <message>
        <source>Full access including protected content and role management; creates Super and Full Administrators and resets their passwords.</source>
        <translation>Vollzugriff einschließlich geschützter Inhalte und Rollenverwaltung; legt Super- und Full-Administratoren an und setzt deren Kennwörter zurück.</translation>
    </message>
    <message>
        <source>High-level privileges including content view, delegate mailbox, message export and retention adjustments; no Admin Management.</source>
        <translation>Weitreichende Rechte einschließlich Inhaltsansicht, Postfachdelegierung, Nachrichtenexport und Anpassung der Aufbewahrung; keine Administratorverwaltung.</translation>
    </message>
    <message>
        <source>Read and write access to every application area, without protected permissions.</source>
        <translation>Lese- und Schreibzugriff auf alle Anwendungsbereiche, ohne geschützte Berechtigungen.</translation>
    </message>
    <message>
        <source>Track and trace, user settings and service connections; read-only policies and roles.</source>
        <translation>Nachrichtenverfolgung, Benutzereinstellungen und Dienstverbindungen; Richtlinien und Rollen nur lesend.</translation>
    </message>
    <message>
        <source>Read access to policies, track and trace, service connections and user settings.</source>
        <translation>Lesezugriff auf Richtlinien, Nachrichtenverfolgung, Dienstverbindungen und Benutzereinstellungen.</translation>
    </message>
    <message>
        <source>Archive search with content view, message export and retention adjustments.</source>
        <translation>Archivsuche mit Inhaltsansicht, Nachrichtenexport und Anpassung der Aufbewahrung.</translation>
    </message>
    <message>
        <source>Manages Synchronization Engine sites.</source>
        <translation>Verwaltet die Standorte der Synchronization Engine.</translation>
    </message>
    <message>
        <source>Full privileges of a Basic Administrator plus delegate mailbox access; for partner (MSP) administrators only.</source>
        <translation>Alle Rechte eines Basic Administrators plus Postfachdelegierung; nur für Partneradministratoren (MSP).</translation>
    </message>
    <message>
        <source>Manages the account hierarchy, internal domains, imports with account codes and inherited policies; cannot take email-security actions or see mail flow.</source>
        <translation>Verwaltet die Kontenhierarchie, interne Domänen, Importe mit Kontocodes und vererbte Richtlinien; kann keine E-Mail-Sicherheitsaktionen ausführen und den Mailfluss nicht sehen.</translation>
    </message>
    <message>
        <source>Read-only everywhere on the master and nested accounts; directory import, user home location and directory synchronization.</source>
        <translation>Überall auf dem Master- und den verschachtelten Konten nur lesend; Verzeichnisimport, Heimatstandort der Benutzer und Verzeichnissynchronisierung.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestService</name>
    <message>
        <source>Add to protected role</source>
        <translation>Zu geschützter Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Remove from protected role</source>
        <translation>Aus geschützter Rolle entfernen</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Turn federated content view on</source>
        <translation>Föderierte Inhaltsansicht einschalten</translation>
    </message>
    <message>
        <source>Turn federated content view off</source>
        <translation>Föderierte Inhaltsansicht ausschalten</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Only administrators with the Protected Roles management level may request protected-role changes.</source>
        <translation>Nur Administratoren mit der Verwaltungsstufe „Geschützte Rollen“ dürfen Änderungen geschützter Rollen beantragen.</translation>
    </message>
    <message>
        <source>Change request %1 does not exist.</source>
        <translation>Änderungsantrag %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Federated content view is already on for %1.</source>
        <translation>Die föderierte Inhaltsansicht ist für %1 bereits an.</translation>
    </message>
    <message>
        <source>Federated content view is already off for %1.</source>
        <translation>Die föderierte Inhaltsansicht ist für %1 bereits aus.</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s directory.</source>
        <translation>%1 ist nicht im Verzeichnis dieses Kontos.</translation>
    </message>
    <message>
        <source>%1 holds no protected role here; reset their password in Admin Management.</source>
        <translation>%1 hat hier keine geschützte Rolle; setzen Sie das Passwort in der Administratorverwaltung zurück.</translation>
    </message>
    <message>
        <source>%1 is a backup account; rotate its credential instead.</source>
        <translation>%1 ist ein Notfallkonto; rotieren Sie stattdessen die Zugangsdaten.</translation>
    </message>
    <message>
        <source>%1 signs in through the identity provider (SSO) and has no Warden password.</source>
        <translation>%1 meldet sich über den Identitätsanbieter (SSO) an und hat kein Warden-Passwort.</translation>
    </message>
    <message>
        <source>That role belongs to another account.</source>
        <translation>Diese Rolle gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protected role; change its members directly.</source>
        <translation>„%1“ ist keine geschützte Rolle; ändern Sie die Mitglieder direkt.</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot;.</source>
        <translation>%1 hat „%2“ bereits.</translation>
    </message>
    <message>
        <source>%1 is disabled in the directory.</source>
        <translation>%1 ist im Verzeichnis deaktiviert.</translation>
    </message>
    <message>
        <source>Choose how the new administrator signs in.</source>
        <translation>Wählen Sie, wie sich der neue Administrator anmeldet.</translation>
    </message>
    <message>
        <source>%1 does not hold &quot;%2&quot;.</source>
        <translation>%1 hat „%2“ nicht.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</source>
        <translation>%1 ist der letzte Super-Administrator dieses Kontos und kann nicht entfernt werden. Fügen Sie zuerst einen weiteren Super-Administrator hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Say why the change is needed (at least %n characters): the approver decides on it.</source>
        <translation>
            <numerusform>Begründen Sie die Änderung (mindestens %n Zeichen): Die genehmigende Person entscheidet danach.</numerusform>
            <numerusform>Begründen Sie die Änderung (mindestens %n Zeichen): Die genehmigende Person entscheidet danach.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same change is already requested (request %1) and waiting for approval.</source>
        <translation>Dieselbe Änderung ist bereits beantragt (Antrag %1) und wartet auf Genehmigung.</translation>
    </message>
    <message>
        <source>Request %1 expired on %2 without a decision; file a new one if the change is still needed.</source>
        <translation>Antrag %1 ist am %2 ohne Entscheidung verfallen; stellen Sie einen neuen, falls die Änderung noch nötig ist.</translation>
    </message>
    <message>
        <source>Request %1 was already %2 by %3 at %4.</source>
        <translation>Antrag %1 wurde bereits von %3 am %4 %2.</translation>
    </message>
    <message>
        <source>You filed this request; a different person must approve or reject it.</source>
        <translation>Sie haben diesen Antrag gestellt; eine andere Person muss ihn genehmigen oder ablehnen.</translation>
    </message>
    <message>
        <source>Only the account&apos;s contacts of Director level or higher may decide protected-role changes, and %1 is not a contact of this account.</source>
        <translation>Nur Kontoansprechpartner ab Direktorenebene dürfen über Änderungen geschützter Rollen entscheiden, und %1 ist kein Ansprechpartner dieses Kontos.</translation>
    </message>
    <message>
        <source>Only the account&apos;s contacts of Director level or higher may decide protected-role changes; %1 is recorded as &quot;%2&quot;, below Director.</source>
        <translation>Nur Kontoansprechpartner ab Direktorenebene dürfen über Änderungen geschützter Rollen entscheiden; %1 ist als „%2“ erfasst, unterhalb der Direktorenebene.</translation>
    </message>
    <message>
        <source>Request %1 changed meanwhile.</source>
        <translation>Antrag %1 hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>The change can no longer be applied, so the request stays pending: %1</source>
        <translation>Die Änderung lässt sich nicht mehr anwenden, daher bleibt der Antrag offen: %1</translation>
    </message>
    <message>
        <source>Say why the request is rejected; the requester sees it.</source>
        <translation>Begründen Sie die Ablehnung; der Antragsteller sieht sie.</translation>
    </message>
    <message>
        <source>Only the person who filed a request can withdraw it.</source>
        <translation>Nur wer einen Antrag gestellt hat, kann ihn zurückziehen.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsDialog</name>
    <message>
        <source>Change Requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;Neuer Antrag…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Account &amp;Contacts…</source>
        <translation>Konto&amp;ansprechpartner…</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Unknown log level &quot;%1&quot; (trace, debug, info, warn, error, critical, off).</source>
        <translation>Unbekannte Protokollstufe „%1“ (trace, debug, info, warn, error, critical, off).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no option &quot;%2&quot;.</source>
        <translation>„%1“ kennt die Option „%2“ nicht.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Name the account with --account CODE.</source>
        <translation>Nennen Sie das Konto mit --account KÜRZEL.</translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation>Nennen Sie die Rolle.</translation>
    </message>
    <message>
        <source>Confirm with your password: </source>
        <translation>Mit Ihrem Passwort bestätigen: </translation>
    </message>
    <message>
        <source>And a new one-time code: </source>
        <translation>Und einen neuen Einmalcode: </translation>
    </message>
    <message>
        <source>Temporary password for %1 (shown once; they set their own and enroll an authenticator at first sign-in): %2</source>
        <translation>Vorläufiges Passwort für %1 (wird einmal angezeigt; bei der ersten Anmeldung werden ein eigenes Passwort gesetzt und ein Authenticator eingerichtet): %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Say who you are with --as EMAIL.</source>
        <translation>Geben Sie mit --as E-MAIL an, wer Sie sind.</translation>
    </message>
    <message>
        <source>Scan this QR code with an authenticator app, or enter the secret by hand:</source>
        <translation>Scannen Sie diesen QR-Code mit einer Authenticator-App oder geben Sie das Geheimnis von Hand ein:</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Geheimnis: %1</translation>
    </message>
    <message>
        <source>Warning: %1 Run &quot;wardenctl audit verify&quot;.</source>
        <translation>Warnung: %1 Führen Sie „wardenctl audit verify“ aus.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>Einmalcode: </translation>
    </message>
    <message>
        <source>Run &quot;wardenctl --as %1 enroll&quot;.</source>
        <translation>Führen Sie „wardenctl --as %1 enroll“ aus.</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Datenbank-Passwort: </translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>Usage: wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] [--log-level LEVEL]
                 [--client-address IP] &lt;command&gt; [arguments]</source>
        <extracomment>wardenctl usage: the first lines; option names and placeholders stay in English.</extracomment>
        <translation>Aufruf: wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] [--log-level LEVEL]
                 [--client-address IP] &lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <extracomment>wardenctl usage: the heading above the list of commands.</extracomment>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.
Exit codes: 0 ok, 1 refused (permission, sign-in, change request needed, or a rule such as the last
Super Administrator), 2 bad input, 3 storage or keychain error, 4 health failing,
5 directory server unreachable or refused.</source>
        <extracomment>wardenctl usage: where the password and code come from, and the exit codes.</extracomment>
        <translation>Das Passwort kommt aus WARDEN_PASSWORD oder einer Abfrage, der Einmalcode aus --otp oder einer Abfrage.
Exit-Codes: 0 ok, 1 abgelehnt (Berechtigung, Anmeldung, Änderungsantrag nötig oder eine Regel wie der letzte
Super Administrator), 2 ungültige Eingabe, 3 Speicher- oder Schlüsselbundfehler, 4 Health-Prüfung fehlgeschlagen,
5 Verzeichnisserver nicht erreichbar oder abgelehnt.</translation>
    </message>
</context>
<context>
    <name>ComputerAccess</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>The email address or password is not correct.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht korrekt.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Versuche. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Versuche. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This administrator is disabled.</source>
        <translation>Dieser Administrator ist deaktiviert.</translation>
    </message>
    <message>
        <source>%1 holds no admin role. Only administrators can ask for access to the database.</source>
        <translation>%1 hat keine Administratorrolle. Nur Administratoren können Zugriff auf die Datenbank anfordern.</translation>
    </message>
    <message>
        <source>This computer already asked to join (request #%1, fingerprint %2). Wait for an administrator to approve it.</source>
        <translation>Dieser Computer hat bereits Zugriff angefordert (Anfrage #%1, Fingerabdruck %2). Warten Sie, bis ein Administrator sie genehmigt.</translation>
    </message>
    <message>
        <source>This computer was already approved (#%1); open the database and sign in.</source>
        <translation>Dieser Computer wurde bereits genehmigt (#%1); öffnen Sie die Datenbank und melden Sie sich an.</translation>
    </message>
    <message>
        <source>%1 already has a request waiting for approval (#%2). Wait for it, or ask an administrator to refuse it first.</source>
        <translation>%1 hat bereits eine Anfrage, die auf Genehmigung wartet (#%2). Warten Sie darauf oder bitten Sie einen Administrator, sie zuerst abzulehnen.</translation>
    </message>
    <message>
        <source>This computer has not asked to join this database.</source>
        <translation>Dieser Computer hat keinen Zugriff auf diese Datenbank angefordert.</translation>
    </message>
    <message>
        <source>This computer already holds this database&apos;s key.</source>
        <translation>Dieser Computer besitzt den Schlüssel dieser Datenbank bereits.</translation>
    </message>
    <message>
        <source>This recovery kit holds an earlier key of this database: the key was rotated after the kit was made. Use a kit exported after the last rotation.</source>
        <translation>Dieses Wiederherstellungspaket enthält einen früheren Schlüssel dieser Datenbank: Der Schlüssel wurde nach dem Erstellen des Pakets gewechselt. Verwenden Sie ein Paket, das nach dem letzten Wechsel exportiert wurde.</translation>
    </message>
    <message>
        <source>recovery kit</source>
        <translation>Wiederherstellungspaket</translation>
    </message>
</context>
<context>
    <name>ComputerIdentity</name>
    <message>
        <source>The keychain entry %1 is damaged.</source>
        <translation>Der Schlüsselbund-Eintrag %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The database key sealed to this computer is damaged.</source>
        <translation>Der für diesen Computer versiegelte Datenbankschlüssel ist beschädigt.</translation>
    </message>
    <message>
        <source>The database key sealed to this computer does not open with this computer&apos;s key.</source>
        <translation>Der für diesen Computer versiegelte Datenbankschlüssel lässt sich mit dem Schlüssel dieses Computers nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>ComputerService</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>There is no computer or request #%1.</source>
        <translation>Es gibt keinen Computer und keine Anfrage #%1.</translation>
    </message>
    <message>
        <source>You need Admin Management in an account where %1 holds a role (or in their own or partner&apos;s home account) to decide about their computers.</source>
        <translation>Sie benötigen Admin Management in einem Konto, in dem %1 eine Rolle hat (oder in dessen eigenem Konto bzw. dem Stammkonto des Partners), um über dessen Computer zu entscheiden.</translation>
    </message>
    <message>
        <source>this computer&apos;s administrator</source>
        <translation>der Administrator dieses Computers</translation>
    </message>
    <message>
        <source>You cannot decide about your own computer&apos;s request; another administrator must compare the fingerprint with you and approve it.</source>
        <translation>Sie können nicht über die Anfrage Ihres eigenen Computers entscheiden; ein anderer Administrator muss den Fingerabdruck mit Ihnen vergleichen und sie genehmigen.</translation>
    </message>
    <message>
        <source>Request #%1 expired; the computer must ask again.</source>
        <translation>Anfrage #%1 ist abgelaufen; der Computer muss erneut anfragen.</translation>
    </message>
    <message>
        <source>Request #%1 was already decided: %2.</source>
        <translation>Über Anfrage #%1 wurde bereits entschieden: %2.</translation>
    </message>
    <message>
        <source>That fingerprint is not the one of request #%1. Nothing was approved: compare it again, digit by digit, with the person at that computer.</source>
        <translation>Dieser Fingerabdruck ist nicht der von Anfrage #%1. Nichts wurde genehmigt: Vergleichen Sie ihn noch einmal Ziffer für Ziffer mit der Person an diesem Computer.</translation>
    </message>
    <message>
        <source>Request #%1 was decided by someone else, or expired, meanwhile.</source>
        <translation>Über Anfrage #%1 hat inzwischen jemand anderes entschieden, oder sie ist abgelaufen.</translation>
    </message>
    <message>
        <source>Request #%1 is not waiting for a decision: %2.</source>
        <translation>Anfrage #%1 wartet nicht auf eine Entscheidung: %2.</translation>
    </message>
    <message>
        <source>database key</source>
        <translation>Datenbankschlüssel</translation>
    </message>
    <message>
        <source>Computer #%1 is not approved (%2); there is nothing to revoke.</source>
        <translation>Computer #%1 ist nicht genehmigt (%2); es gibt nichts zu widerrufen.</translation>
    </message>
    <message>
        <source>Computer #%1 was revoked by someone else meanwhile.</source>
        <translation>Computer #%1 wurde inzwischen von jemand anderem widerrufen.</translation>
    </message>
    <message>
        <source>Only a Super Administrator of a top-level account may rotate or export the database key.</source>
        <translation>Nur ein Super Administrator eines Kontos der obersten Ebene darf den Datenbankschlüssel wechseln oder exportieren.</translation>
    </message>
    <message>
        <source>This is the computer you are using; revoke it from another approved computer.</source>
        <translation>Dies ist der Computer, den Sie gerade verwenden; widerrufen Sie ihn von einem anderen genehmigten Computer aus.</translation>
    </message>
    <message>
        <source>This computer is not approved for this database.</source>
        <translation>Dieser Computer ist für diese Datenbank nicht genehmigt.</translation>
    </message>
</context>
<context>
    <name>ComputersPanel</name>
    <message>
        <source>Computers that hold this database&apos;s key, and requests to join. Compare a request&apos;s fingerprint with the person at that computer (by phone or in person) before you approve it. Revoking a computer rotates the database key for everyone else.</source>
        <translation>Computer, die den Schlüssel dieser Datenbank besitzen, und Zugriffsanfragen. Vergleichen Sie den Fingerabdruck einer Anfrage mit der Person an diesem Computer (telefonisch oder persönlich), bevor Sie sie genehmigen. Das Widerrufen eines Computers wechselt den Datenbankschlüssel für alle anderen.</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>A&amp;blehnen…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Computers with access to the database</source>
        <translation>Computer mit Zugriff auf die Datenbank</translation>
    </message>
</context>
<context>
    <name>ConfirmIdentityDialog</name>
    <message>
        <source>Confirm It Is You</source>
        <translation>Bestätigen Sie Ihre Identität</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Ihr &amp;Passwort:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
</context>
<context>
    <name>ContactCommand</name>
    <message>
        <source>  contact list --account C | set --account C --email E --name N --title T [--director]
       remove --account C EMAIL</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  contact list --account C | set --account C --email E --name N --title T [--director]
       remove --account C EMAIL</translation>
    </message>
    <message>
        <source>contact takes list, set or remove.</source>
        <translation>contact kennt list, set oder remove.</translation>
    </message>
    <message>
        <source>  (approves)</source>
        <translation>  (approves)</translation>
    </message>
    <message>
        <source>%1 is not a contact of this account.</source>
        <translation>%1 ist kein Ansprechpartner dieses Kontos.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the record is longer than %1 KiB; this does not look like a directory CSV file.</source>
        <translation>der Datensatz ist länger als %1 KiB; das sieht nicht nach einer Verzeichnis-CSV-Datei aus.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 and try again.</source>
        <translation>der Text ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8 und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>ein Anführungszeichen (&quot;) in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen.</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote.</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>a quoted field is never closed (missing &quot;).</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (fehlendes &quot;).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian-Paket %2).</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URL: expected postgresql://user@host:port/database.</source>
        <translation>Keine PostgreSQL-URL: erwartet wird postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for you (Warden writes every sign-in to the audit log). Check the permissions of the file and its folder.</source>
        <translation>Die Datenbank %1 ist für Sie schreibgeschützt (Warden schreibt jede Anmeldung ins Prüfprotokoll). Prüfen Sie die Rechte der Datei und ihres Ordners.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close it or try again in a moment; nothing was changed.</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt. Schließen Sie es oder versuchen Sie es gleich noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database is read-only. Check the file&apos;s permissions; nothing was changed.</source>
        <translation>Die Datenbank ist schreibgeschützt. Prüfen Sie die Dateirechte; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The file is not a Warden database (or it is damaged).</source>
        <translation>Die Datei ist keine Warden-Datenbank (oder sie ist beschädigt).</translation>
    </message>
    <message>
        <source>That entry already exists; nothing was changed.</source>
        <translation>Dieser Eintrag existiert bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation>Die Datenbank meldete einen Fehler bei „%1“: %2</translation>
    </message>
    <message>
        <source>The database server %1 refused the password for %2 (or needs one).</source>
        <translation>Der Datenbankserver %1 hat das Passwort für %2 abgelehnt (oder benötigt eines).</translation>
    </message>
    <message>
        <source>Cannot reach the database server: %1</source>
        <translation>Der Datenbankserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The database is busy with another console&apos;s change. Try again in a moment; nothing was changed.</source>
        <translation>Die Datenbank ist mit der Änderung einer anderen Konsole beschäftigt. Versuchen Sie es gleich noch einmal; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Warden reconnects by itself; try again in a moment.</source>
        <translation>Die Verbindung zum Datenbankserver ist unterbrochen. Warden verbindet sich selbst neu; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database connection does not offer COPY.</source>
        <translation>Die Datenbankverbindung bietet kein COPY an.</translation>
    </message>
</context>
<context>
    <name>DatabaseSecrets</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The keychain entry %1 is damaged.</source>
        <translation>Der Schlüsselbundeintrag %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>A sealed secret in the database does not open with this keychain&apos;s key.</source>
        <translation>Ein versiegeltes Geheimnis in der Datenbank lässt sich mit dem Schlüssel dieses Schlüsselbunds nicht öffnen.</translation>
    </message>
    <message>
        <source>This computer&apos;s request #%1 (fingerprint %2) is waiting for an administrator&apos;s approval.</source>
        <translation>Die Anfrage #%1 dieses Computers (Fingerabdruck %2) wartet auf die Genehmigung durch einen Administrator.</translation>
    </message>
    <message>
        <source>This computer&apos;s request #%1 expired before anyone approved it. Request access again.</source>
        <translation>Die Anfrage #%1 dieses Computers ist abgelaufen, bevor jemand sie genehmigt hat. Fordern Sie den Zugriff erneut an.</translation>
    </message>
    <message>
        <source>This computer&apos;s request #%1 was refused by %2 on %3.</source>
        <translation>Die Anfrage #%1 dieses Computers wurde von %2 am %3 abgelehnt.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the database was revoked by %1 on %2.</source>
        <translation>Der Zugriff dieses Computers auf die Datenbank wurde von %1 am %2 widerrufen.</translation>
    </message>
    <message>
        <source>This computer (#%1) is approved, but the database key was not sealed to it. Ask an administrator to revoke it and approve a new request.</source>
        <translation>Dieser Computer (#%1) ist genehmigt, aber der Datenbankschlüssel wurde nicht für ihn versiegelt. Bitten Sie einen Administrator, ihn zu widerrufen und eine neue Anfrage zu genehmigen.</translation>
    </message>
    <message>
        <source>This computer holds no key for this database. Request access from this computer (in Warden, or with &quot;wardenctl --db DATABASE --as EMAIL device request&quot;), or restore a recovery kit (&quot;wardenctl --db DATABASE key import FILE&quot;).</source>
        <translation>Dieser Computer besitzt keinen Schlüssel für diese Datenbank. Fordern Sie von diesem Computer aus Zugriff an (in Warden oder mit „wardenctl --db DATABASE --as EMAIL device request“) oder stellen Sie ein Wiederherstellungspaket wieder her („wardenctl --db DATABASE key import FILE“).</translation>
    </message>
    <message>
        <source>The database key sealed to this computer is damaged.</source>
        <translation>Der für diesen Computer versiegelte Datenbankschlüssel ist beschädigt.</translation>
    </message>
    <message>
        <source>The earlier database key %1 does not open with the key after it.</source>
        <translation>Der frühere Datenbankschlüssel %1 lässt sich mit dem Schlüssel danach nicht öffnen.</translation>
    </message>
    <message>
        <source>The database key %1 is not among this database&apos;s keys.</source>
        <translation>Der Datenbankschlüssel %1 gehört nicht zu den Schlüsseln dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>DemoCodeCommand</name>
    <message>
        <source>  demo-code EMAIL    print the current code of a demo administrator (secret from the keychain)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  demo-code EMAIL    aktuellen Code eines Demo-Administrators ausgeben (Geheimnis aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <source>%1 is not a demo administrator of this database.</source>
        <translation>%1 ist kein Demo-Administrator dieser Datenbank.</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>  demo [--users N]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  demo [--users N]</translation>
    </message>
    <message>
        <source>--users takes a number from 10 to 2000000.</source>
        <translation>--users erwartet eine Zahl von 10 bis 2000000.</translation>
    </message>
    <message>
        <source>Demo database ready at %1.</source>
        <translation>Demo-Datenbank bereit unter %1.</translation>
    </message>
    <message>
        <source>Every demo administrator&apos;s password is: %1</source>
        <translation>Das Passwort aller Demo-Administratoren lautet: %1</translation>
    </message>
    <message>
        <source>One-time codes: wardenctl totp-code SECRET, or add the secret to an authenticator app.</source>
        <translation>Einmalcodes: wardenctl totp-code GEHEIMNIS, oder das Geheimnis in eine Authenticator-App eintragen.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo needs an empty database; this one already has administrators.</source>
        <translation>Die Demo braucht eine leere Datenbank; diese hat bereits Administratoren.</translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Joins the incident response team and needs message content for investigations.</source>
        <translation>Tritt dem Incident-Response-Team bei und braucht Nachrichteninhalte für Untersuchungen.</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>  device request [--name NAME] (with --as EMAIL) | status | list [--pending]
       | approve ID --fingerprint CODE [--confirm-otp CODE] | refuse ID | revoke ID [--confirm-otp CODE]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  device request [--name NAME] (mit --as EMAIL) | status | list [--pending]
       | approve ID --fingerprint CODE [--confirm-otp CODE] | refuse ID | revoke ID [--confirm-otp CODE]</translation>
    </message>
    <message>
        <source>device takes request, status, list, approve, refuse or revoke.</source>
        <translation>device erwartet request, status, list, approve, refuse oder revoke.</translation>
    </message>
    <message>
        <source>Name the computer or request by its number.</source>
        <translation>Geben Sie den Computer oder die Anfrage mit ihrer Nummer an.</translation>
    </message>
    <message>
        <source>This computer already holds the database key; sign in instead.</source>
        <translation>Dieser Computer besitzt den Datenbankschlüssel bereits; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Request #%1 filed; it expires in 24 hours.
Fingerprint: %2
Read the fingerprint to the administrator who approves it (by phone or in person), then run &quot;wardenctl --db DATABASE device status&quot;.</source>
        <translation>Anfrage #%1 gestellt; sie läuft in 24 Stunden ab.
Fingerabdruck: %2
Lesen Sie den Fingerabdruck dem Administrator vor, der sie genehmigt (telefonisch oder persönlich), und führen Sie dann „wardenctl --db DATABASE device status“ aus.</translation>
    </message>
    <message>
        <source>Request #%1 (%2, fingerprint %3): %4</source>
        <translation>Anfrage #%1 (%2, Fingerabdruck %3): %4</translation>
    </message>
    <message>
        <source>Approved by %1 on %2. Sign in on this computer with your password and a one-time code.</source>
        <translation>Genehmigt von %1 am %2. Melden Sie sich an diesem Computer mit Ihrem Passwort und einem Einmalcode an.</translation>
    </message>
    <message>
        <source>By %1 on %2.</source>
        <translation>Von %1 am %2.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Give the fingerprint the requester reads to you: --fingerprint CODE.</source>
        <translation>Geben Sie den Fingerabdruck an, den Ihnen der Anfragende vorliest: --fingerprint CODE.</translation>
    </message>
    <message>
        <source>Computer #%1 approved; the database key is sealed to it.</source>
        <translation>Computer #%1 genehmigt; der Datenbankschlüssel ist für ihn versiegelt.</translation>
    </message>
    <message>
        <source>Request #%1 refused.</source>
        <translation>Anfrage #%1 abgelehnt.</translation>
    </message>
    <message>
        <source>Computer #%1 revoked. The database key was rotated; the other computers take the new key up at their next start or sign-in.</source>
        <translation>Computer #%1 widerrufen. Der Datenbankschlüssel wurde gewechselt; die anderen Computer übernehmen den neuen Schlüssel beim nächsten Start oder bei der nächsten Anmeldung.</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>%1 is not in one of this account&apos;s internal domains (%2).</source>
        <translation>%1 liegt in keiner internen Domäne dieses Kontos (%2).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation>%1 kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>%1 is already in the directory.</source>
        <translation>%1 ist bereits im Verzeichnis.</translation>
    </message>
    <message>
        <source>No users were added: %1</source>
        <translation>Es wurden keine Benutzer hinzugefügt: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problems)</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be disabled.</source>
        <translation>%1 ist der letzte Super-Administrator dieses Kontos und kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Changing the address would remove %1: %2</source>
        <translation>Die Adressänderung würde %1 entfernen: %2</translation>
    </message>
    <message>
        <source>Changing the primary address removes these admin roles: %1. Confirm to go ahead.</source>
        <translation>Die Änderung der primären Adresse entfernt diese Administratorrollen: %1. Bestätigen Sie, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>No such user.</source>
        <translation>Diesen Benutzer gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not in the internal directory.</source>
        <translation>%1 ist nicht im internen Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncDialog</name>
    <message>
        <source>Directory Synchronization</source>
        <translation>Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Server &amp;kind:</source>
        <translation>Serve&amp;rart:</translation>
    </message>
    <message>
        <source>&amp;LDAP server:</source>
        <translation>&amp;LDAP-Server:</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com</source>
        <translation>ldaps://dc1.example.com</translation>
    </message>
    <message>
        <source>Use &amp;StartTLS (ldap:// addresses)</source>
        <translation>&amp;StartTLS verwenden (ldap://-Adressen)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CAs</source>
        <translation>Die vertrauenswürdigen CAs des Systems</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation>&amp;Bind-DN:</translation>
    </message>
    <message>
        <source>CN=warden-sync,OU=Service Accounts,DC=example,DC=com</source>
        <translation>CN=warden-sync,OU=Service Accounts,DC=example,DC=com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation>Basis-D&amp;N:</translation>
    </message>
    <message>
        <source>DC=example,DC=com</source>
        <translation>DC=example,DC=com</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Attributes and scope</source>
        <translation>Attribute und Umfang</translation>
    </message>
    <message>
        <source>Primary &amp;address:</source>
        <translation>Primäre &amp;Adresse:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeigena&amp;me:</translation>
    </message>
    <message>
        <source>&amp;UPN:</source>
        <translation>&amp;UPN:</translation>
    </message>
    <message>
        <source>D&amp;isabled:</source>
        <translation>Deakt&amp;iviert:</translation>
    </message>
    <message>
        <source>userAccountControl: Active Directory&apos;s flag (bit 2). Another attribute: TRUE, yes, 1 or &quot;disabled&quot; marks a disabled person. Empty: the directory disables nobody.</source>
        <translation>userAccountControl: das Kennzeichen von Active Directory (Bit 2). Ein anderes Attribut: TRUE, yes, 1 oder „disabled“ kennzeichnet eine deaktivierte Person. Leer: das Verzeichnis deaktiviert niemanden.</translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation>D&amp;omänen:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>Int&amp;ervall:</translation>
    </message>
    <message>
        <source> min while a console is open</source>
        <translation> Min., solange eine Konsole offen ist</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Nur auf Anforderung</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>What the last run found</source>
        <translation>Was der letzte Lauf gefunden hat</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Speic&amp;hern</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>S&amp;ync All</source>
        <translation>Alles s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Read the w&amp;hole directory</source>
        <translation>Das &amp;ganze Verzeichnis lesen</translation>
    </message>
    <message>
        <source>A full run: finds the people who left the directory (incremental runs read only what changed)</source>
        <translation>Ein vollständiger Lauf: findet die Personen, die das Verzeichnis verlassen haben (inkrementelle Läufe lesen nur Änderungen)</translation>
    </message>
</context>
<context>
    <name>DomainCommand</name>
    <message>
        <source>  domain add|link|unlink --account C DOMAIN</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  domain add|link|unlink --account C DOMAIN</translation>
    </message>
    <message>
        <source>domain needs add, link or unlink.</source>
        <translation>domain braucht add, link oder unlink.</translation>
    </message>
    <message>
        <source>Done: %1 %2 %3.</source>
        <translation>Erledigt: %1 %2 %3.</translation>
    </message>
</context>
<context>
    <name>EditAdminDialog</name>
    <message>
        <source>Edit Admin</source>
        <translation>Administrator bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Roles held in this account:</source>
        <translation>&amp;Rollen in diesem Konto:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Anmeldemethode:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>  enroll   first sign-in with a temporary password: set your own (WARDEN_NEW_PASSWORD or
           prompted twice) and enroll an authenticator app (QR code, then --otp or a prompt)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  enroll   erste Anmeldung mit einem temporären Passwort: eigenes setzen (WARDEN_NEW_PASSWORD oder
           zweimal abgefragt) und eine Authenticator-App einrichten (QR-Code, dann --otp oder Abfrage)</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>Temporäres Passwort für %1: </translation>
    </message>
    <message>
        <source>Choose your password: </source>
        <translation>Wählen Sie Ihr Passwort: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter unterscheiden sich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>One-time code from the app: </source>
        <translation>Einmalcode aus der App: </translation>
    </message>
    <message>
        <source>%1 is enrolled: sign in with your new password and a code from the app.</source>
        <translation>%1 ist eingerichtet: Melden Sie sich mit Ihrem neuen Passwort und einem Code aus der App an.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Finish Signing In</source>
        <translation>Anmeldung abschließen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app (it is new: an earlier enrollment no longer works), then enter the code it shows.</source>
        <translation>Scannen Sie diesen Code mit Ihrer Authenticator-App (er ist neu: eine frühere Einrichtung funktioniert nicht mehr) und geben Sie den angezeigten Code ein.</translation>
    </message>
    <message>
        <source>Or type this secret:</source>
        <translation>Oder dieses Geheimnis eintippen:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Secret key for the authenticator app</source>
        <translation>Geheimer Schlüssel für die Authenticator-App</translation>
    </message>
</context>
<context>
    <name>ExternalAdminCommand</name>
    <message>
        <source>  external-admin list --account C | add --account C --role R EMAIL
       change-role --account C --role R EMAIL | remove --account C EMAIL
       apply --accounts C1,C2,... --role R EMAIL</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  external-admin list --account C | add --account C --role R EMAIL
       change-role --account C --role R EMAIL | remove --account C EMAIL
       apply --accounts C1,C2,... --role R EMAIL</translation>
    </message>
    <message>
        <source>external-admin needs list, add, change-role, remove or apply.</source>
        <translation>external-admin braucht list, add, change-role, remove oder apply.</translation>
    </message>
    <message>
        <source>external-admin apply needs --accounts A,B,C --role ROLE EMAIL.</source>
        <translation>external-admin apply braucht --accounts A,B,C --role ROLLE E-MAIL.</translation>
    </message>
    <message>
        <source>external-admin %1 needs --account C --role ROLE EMAIL.</source>
        <translation>external-admin %1 braucht --account C --role ROLLE E-MAIL.</translation>
    </message>
    <message>
        <source>%1 is an external administrator of %2 as %3.</source>
        <translation>%1 ist externer Administrator von %2 als %3.</translation>
    </message>
    <message>
        <source>%1 is no longer an external administrator of %2.</source>
        <translation>%1 ist nicht mehr externer Administrator von %2.</translation>
    </message>
</context>
<context>
    <name>ExternalAdminsDialog</name>
    <message>
        <source>Manage External Administrators</source>
        <translation>Externe Administratoren verwalten</translation>
    </message>
    <message>
        <source>&amp;Add External Admin…</source>
        <translation>Externen Administrator &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change Role…</source>
        <translation>Rolle ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>External administrators</source>
        <translation>Externe Administratoren</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Warden</source>
        <translation>Warden einrichten</translation>
    </message>
    <message>
        <source>This database has no administrators yet. Create the account and its first Super Administrator. You will need an authenticator app for the second factor.</source>
        <translation>Diese Datenbank hat noch keine Administratoren. Legen Sie das Konto und seinen ersten Super-Administrator an. Für den zweiten Faktor brauchen Sie eine Authenticator-App.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>Account &amp;code:</source>
        <translation>Konto&amp;kürzel:</translation>
    </message>
    <message>
        <source>e.g. ACME</source>
        <translation>z. B. ACME</translation>
    </message>
    <message>
        <source>Your &amp;email address:</source>
        <translation>Ihre &amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app, then enter the six-digit code it shows.</source>
        <translation>Scannen Sie diesen Code mit Ihrer Authenticator-App und geben Sie dann den angezeigten sechsstelligen Code ein.</translation>
    </message>
    <message>
        <source>Or type this secret:</source>
        <translation>Oder dieses Geheimnis eintippen:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>  health [--account C] | record-test --account C --admin EMAIL --login pass|fail --mfa pass|fail
       --permissions pass|fail [--notes TEXT] | record-review --account C [--notes TEXT]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  health [--account C] | record-test --account C --admin EMAIL --login pass|fail --mfa pass|fail
       --permissions pass|fail [--notes TEXT] | record-review --account C [--notes TEXT]</translation>
    </message>
    <message>
        <source>health needs report (the default), record-test or record-review.</source>
        <translation>health braucht report (Standard), record-test oder record-review.</translation>
    </message>
    <message>
        <source>health record-test needs --account C --admin EMAIL --login pass|fail --mfa pass|fail --permissions pass|fail [--notes TEXT].</source>
        <translation>health record-test braucht --account C --admin E-MAIL --login pass|fail --mfa pass|fail --permissions pass|fail [--notes TEXT].</translation>
    </message>
    <message>
        <source>Recorded for %1.</source>
        <translation>Für %1 erfasst.</translation>
    </message>
    <message>
        <source>You may not see the administrators&apos; health of any account.</source>
        <translation>Sie dürfen den Zustand der Administratoren keines Kontos sehen.</translation>
    </message>
    <message>
        <source>  Failed sign-ins in the last 24 hours: %1</source>
        <translation>  Failed sign-ins in the last 24 hours: %1</translation>
    </message>
</context>
<context>
    <name>HealthService</name>
    <message>
        <source>Minimum Super Administrators</source>
        <translation>Mindestzahl an Super-Administratoren</translation>
    </message>
    <message>
        <source>%1 person-specific and %2 backup Super Administrator(s).</source>
        <translation>%1 personengebundene und %2 Notfall-Super-Administratoren.</translation>
    </message>
    <message>
        <source>No person-specific Super Administrator: request one through a change request, plus a second or a backup system account.</source>
        <translation>Kein personengebundener Super-Administrator: beantragen Sie einen per Änderungsantrag, dazu einen zweiten oder ein Notfall-Systemkonto.</translation>
    </message>
    <message>
        <source>Only one person-specific Super Administrator: add a second, or a backup system account.</source>
        <translation>Nur ein personengebundener Super-Administrator: fügen Sie einen zweiten oder ein Notfall-Systemkonto hinzu.</translation>
    </message>
    <message>
        <source>Enhanced coverage (large accounts)</source>
        <translation>Erweiterte Abdeckung (große Konten)</translation>
    </message>
    <message>
        <source>%1 users; %2 person-specific and %3 backup Super Administrators, %4 Full Administrators.</source>
        <translation>%1 Benutzer; %2 personengebundene und %3 Notfall-Super-Administratoren, %4 Vollständige Administratoren.</translation>
    </message>
    <message>
        <source>Accounts of %1 users or more should have 1 primary and 2 backup Super Administrators and 2–3 Full Administrators.</source>
        <translation>Konten ab %1 Benutzern sollten 1 primären und 2 Notfall-Super-Administratoren sowie 2–3 Vollständige Administratoren haben.</translation>
    </message>
    <message>
        <source>Two-step authentication for every admin</source>
        <translation>Zwei-Faktor-Anmeldung für jeden Administrator</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator(s) checked; SSO administrators use the identity provider&apos;s second factor.</source>
        <translation>
            <numerusform>%n Administrator geprüft; SSO-Administratoren nutzen den zweiten Faktor des Identitätsanbieters.</numerusform>
            <numerusform>%n Administratoren geprüft; SSO-Administratoren nutzen den zweiten Faktor des Identitätsanbieters.</numerusform>
        </translation>
    </message>
    <message>
        <source>no sign-in method recorded: %1</source>
        <translation>keine Anmeldemethode erfasst: %1</translation>
    </message>
    <message>
        <source>password without a second factor: %1</source>
        <translation>Passwort ohne zweiten Faktor: %1</translation>
    </message>
    <message>
        <source>Enroll each of them in Admin Management (SSO, or a local password with TOTP).</source>
        <translation>Registrieren Sie jeden in der Administratorverwaltung (SSO oder lokales Passwort mit TOTP).</translation>
    </message>
    <message>
        <source>Backup accounts have a local password</source>
        <translation>Notfallkonten haben ein lokales Passwort</translation>
    </message>
    <message>
        <source>No backup account.</source>
        <translation>Kein Notfallkonto.</translation>
    </message>
    <message>
        <source>Backup accounts: %1</source>
        <translation>Notfallkonten: %1</translation>
    </message>
    <message>
        <source>Without a local (cloud) password: %1</source>
        <translation>Ohne lokales (Cloud-)Passwort: %1</translation>
    </message>
    <message>
        <source>Give backup accounts a local password with TOTP so they survive an SSO or directory outage.</source>
        <translation>Geben Sie Notfallkonten ein lokales Passwort mit TOTP, damit sie einen SSO- oder Verzeichnisausfall überstehen.</translation>
    </message>
    <message numerus="yes">
        <source>Backup access tested within %n days</source>
        <translation>
            <numerusform>Notfallzugang innerhalb von %n Tag getestet</numerusform>
            <numerusform>Notfallzugang innerhalb von %n Tagen getestet</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup access test is recorded.</source>
        <translation>Kein Test des Notfallzugangs erfasst.</translation>
    </message>
    <message>
        <source>Sign in as a backup account (login, second factor, permissions) and record the result.</source>
        <translation>Melden Sie sich als Notfallkonto an (Anmeldung, zweiter Faktor, Berechtigungen) und erfassen Sie das Ergebnis.</translation>
    </message>
    <message numerus="yes">
        <source>Last test %n day(s) ago, of %1: %2.</source>
        <translation>
            <numerusform>Letzter Test vor %n Tag, von %1: %2.</numerusform>
            <numerusform>Letzter Test vor %n Tagen, von %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The last backup access test failed: fix the backup account and test again.</source>
        <translation>Der letzte Test des Notfallzugangs ist fehlgeschlagen: beheben Sie das Problem und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Test backup access again (login, second factor, permissions) and record the result.</source>
        <translation>Testen Sie den Notfallzugang erneut (Anmeldung, zweiter Faktor, Berechtigungen) und erfassen Sie das Ergebnis.</translation>
    </message>
    <message>
        <source>Access list reviewed this quarter</source>
        <translation>Zugriffsliste in diesem Quartal geprüft</translation>
    </message>
    <message>
        <source>No access review is recorded.</source>
        <translation>Keine Zugriffsprüfung erfasst.</translation>
    </message>
    <message>
        <source>Review who holds which administrator role and record the review.</source>
        <translation>Prüfen Sie, wer welche Administratorrolle hat, und erfassen Sie die Prüfung.</translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed %n day(s) ago by %1.</source>
        <translation>
            <numerusform>Zuletzt vor %n Tag von %1 geprüft.</numerusform>
            <numerusform>Zuletzt vor %n Tagen von %1 geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the administrator list again; the last review is older than a quarter.</source>
        <translation>Prüfen Sie die Administratorliste erneut; die letzte Prüfung ist älter als ein Quartal.</translation>
    </message>
    <message>
        <source>%1 holds no administrator role in %2.</source>
        <translation>%1 hat keine Administratorrolle in %2.</translation>
    </message>
    <message>
        <source>Backup credentials are in the OS keychain</source>
        <translation>Notfall-Zugangsdaten liegen im Schlüsselbund des Systems</translation>
    </message>
    <message numerus="yes">
        <source>%n backup credential(s) found in the keychain.</source>
        <translation>
            <numerusform>%n Notfall-Zugangsdatensatz im Schlüsselbund gefunden.</numerusform>
            <numerusform>%n Notfall-Zugangsdatensätze im Schlüsselbund gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock or start the OS keychain on this computer, then check again.</source>
        <translation>Entsperren oder starten Sie den Schlüsselbund des Systems auf diesem Computer und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>No credential in the keychain for: %1</source>
        <translation>Keine Zugangsdaten im Schlüsselbund für: %1</translation>
    </message>
    <message>
        <source>Rotate the credential of each in Admin Management to store a new one in the keychain.</source>
        <translation>Rotieren Sie jeweils die Zugangsdaten in der Administratorverwaltung, um neue im Schlüsselbund zu speichern.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</source>
        <translation>%1 Zeilen: %2 neu, %3 aktualisiert, %4 verschoben, %5 Adressänderungen, %6 Rollenzuweisungen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows.</source>
        <translation>… und %1 weitere abgelehnte Zeilen.</translation>
    </message>
    <message>
        <source>Line %1: %2 (%3) → %4 (%5) removes: %6</source>
        <translation>Zeile %1: %2 (%3) → %4 (%5) entfernt: %6</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <source>  import FILE|- [--account C] [--dry-run] [--confirm-address-changes]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  import FILE|- [--account C] [--dry-run] [--confirm-address-changes]</translation>
    </message>
    <message>
        <source>import needs a CSV file (or - for standard input).</source>
        <translation>import braucht eine CSV-Datei (oder - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportHeader</name>
    <message>
        <source>The file is empty; a directory CSV starts with a header row.</source>
        <translation>Die Datei ist leer; eine Verzeichnis-CSV beginnt mit einer Kopfzeile.</translation>
    </message>
    <message>
        <source>Line %1 holds data (&quot;%2&quot;) where the header row belongs; the first row must name the columns: %3.</source>
        <translation>Zeile %1 enthält Daten („%2“), wo die Kopfzeile stehen muss; die erste Zeile muss die Spalten benennen: %3.</translation>
    </message>
    <message>
        <source>Line %1: unknown column &quot;%2&quot;. The columns are: %3.</source>
        <translation>Zeile %1: unbekannte Spalte „%2“. Die Spalten sind: %3.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>Zeile %1: die Spalte „%2“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Line %1: the header has no emailAddress column, so this is either not a directory file or its header row is missing.</source>
        <translation>Zeile %1: die Kopfzeile hat keine Spalte emailAddress; dies ist entweder keine Verzeichnisdatei oder die Kopfzeile fehlt.</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 is a group; users belong to master, standard or mail-processing accounts.</source>
        <translation>%1 ist eine Gruppe; Benutzer gehören zu Master-, Standard- oder Mailverarbeitungskonten.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; cannot be given by import; use one of: %2.</source>
        <translation>die Rolle „%1“ kann nicht per Import vergeben werden; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2.</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>emailAddress is empty.</source>
        <translation>emailAddress ist leer.</translation>
    </message>
    <message>
        <source>remoteaccountcode is empty; every row names its account.</source>
        <translation>remoteaccountcode ist leer; jede Zeile nennt ihr Konto.</translation>
    </message>
    <message>
        <source>unknown account code &quot;%1&quot;.</source>
        <translation>unbekannter Kontocode „%1“.</translation>
    </message>
    <message>
        <source>%1 is not in one of %2&apos;s internal domains.</source>
        <translation>%1 liegt in keiner internen Domäne von %2.</translation>
    </message>
    <message>
        <source>allowAddressMigration must be true or false, not &quot;%1&quot;.</source>
        <translation>allowAddressMigration muss true oder false sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 already belongs to account %2; set allowAddressMigration to true to move it.</source>
        <translation>%1 gehört bereits zum Konto %2; setzen Sie allowAddressMigration auf true, um die Adresse zu verschieben.</translation>
    </message>
    <message>
        <source>moving %1 would remove its admin roles: %2</source>
        <translation>das Verschieben von %1 würde seine Administratorrollen entfernen: %2</translation>
    </message>
    <message>
        <source>changing %1 to %2 would remove its admin roles: %3</source>
        <translation>die Änderung von %1 zu %2 würde seine Administratorrollen entfernen: %3</translation>
    </message>
    <message>
        <source>changes the same user as line %1.</source>
        <translation>ändert denselben Benutzer wie Zeile %1.</translation>
    </message>
    <message>
        <source>%1 appears again; it is first on line %2.</source>
        <translation>%1 kommt erneut vor; zuerst in Zeile %2.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Choose the account to import into, or add a remoteaccountcode column.</source>
        <translation>Wählen Sie das Zielkonto oder fügen Sie eine Spalte remoteaccountcode hinzu.</translation>
    </message>
    <message>
        <source>%1 is a master account: the file needs a remoteaccountcode column naming each row&apos;s account.</source>
        <translation>%1 ist ein Master-Konto: die Datei braucht eine Spalte remoteaccountcode, die das Konto jeder Zeile nennt.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing was imported.</source>
        <translation>
            <numerusform>%n Zeile wurde abgelehnt; nichts wurde importiert.</numerusform>
            <numerusform>%n Zeilen wurden abgelehnt; nichts wurde importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin role(s) would be removed by address changes; review them and confirm to import.</source>
        <translation>
            <numerusform>%n Administratorrolle würde durch Adressänderungen entfernt; prüfen und bestätigen Sie den Import.</numerusform>
            <numerusform>%n Administratorrollen würden durch Adressänderungen entfernt; prüfen und bestätigen Sie den Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only; nothing was changed.</source>
        <translation>Nur geprüft; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>  init --account-code CODE --account-name NAME --email EMAIL [--name NAME]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  init --account-code CODE --account-name NAME --email EMAIL [--name NAME]</translation>
    </message>
    <message>
        <source>init needs --account-code, --account-name and --email.</source>
        <translation>init braucht --account-code, --account-name und --email.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>One-time code from the app: </source>
        <translation>Einmalcode aus der App: </translation>
    </message>
    <message>
        <source>Created account %1 with %2 as its first Super Administrator.</source>
        <translation>Konto %1 mit %2 als erstem Super-Administrator angelegt.</translation>
    </message>
</context>
<context>
    <name>IpCommand</name>
    <message>
        <source>  ip show --account C | set --account C [--partner-exempt] CIDR...</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  ip show --account C | set --account C [--partner-exempt] CIDR...</translation>
    </message>
    <message>
        <source>ip needs show or set.</source>
        <translation>ip braucht show oder set.</translation>
    </message>
    <message>
        <source>%1 allows: %2
Partner sign-in exempt: %3</source>
        <translation>%1 erlaubt: %2
Partneranmeldung ausgenommen: %3</translation>
    </message>
    <message>
        <source>any address (no allow-list)</source>
        <translation>jede Adresse (keine Zulassungsliste)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>IpRange</name>
    <message>
        <source>An IP range cannot be empty.</source>
        <translation>Ein IP-Bereich darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address (expected e.g. 192.0.2.0/24 or 2001:db8::/32).</source>
        <translation>„%1“ ist keine IPv4- oder IPv6-Adresse (erwartet z. B. 192.0.2.0/24 oder 2001:db8::/32).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix length must be a number from 0 to %2 for an %3 address.</source>
        <translation>„%1“: die Präfixlänge muss für eine %3-Adresse eine Zahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CIDR range.</source>
        <translation>„%1“ ist kein gültiger CIDR-Bereich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>IpRestrictionsDialog</name>
    <message>
        <source>IP Restrictions</source>
        <translation>IP-Beschränkungen</translation>
    </message>
    <message>
        <source>Administrators may act in this account only from these ranges, one per line (IPv4 or IPv6 CIDR, e.g. 192.0.2.0/24 or 2001:db8::/32; a single address is allowed). An empty list admits every address.</source>
        <translation>Administratoren dürfen in diesem Konto nur aus diesen Bereichen handeln, einer pro Zeile (IPv4- oder IPv6-CIDR, z. B. 192.0.2.0/24 oder 2001:db8::/32; eine einzelne Adresse ist erlaubt). Eine leere Liste lässt jede Adresse zu.</translation>
    </message>
    <message>
        <source>&amp;Partner administrators may sign in from any address</source>
        <translation>&amp;Partneradministratoren dürfen sich von jeder Adresse anmelden</translation>
    </message>
    <message>
        <source>Allowed address ranges, one per line</source>
        <translation>Zulässige Adressbereiche, einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>  key rotate [--confirm-otp CODE] | export --to FILE [--confirm-otp CODE] | import FILE [--name NAME]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  key rotate [--confirm-otp CODE] | export --to FILE [--confirm-otp CODE] | import FILE [--name NAME]</translation>
    </message>
    <message>
        <source>key takes rotate, export or import.</source>
        <translation>key erwartet rotate, export oder import.</translation>
    </message>
    <message>
        <source>Recovery kit passphrase: </source>
        <translation>Passphrase des Wiederherstellungspakets: </translation>
    </message>
    <message>
        <source>The passphrase again: </source>
        <translation>Die Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>The database key was rotated; every approved computer takes the new key up at its next start or sign-in.</source>
        <translation>Der Datenbankschlüssel wurde gewechselt; jeder genehmigte Computer übernimmt den neuen Schlüssel beim nächsten Start oder bei der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>Say where the recovery kit goes: --to FILE.</source>
        <translation>Geben Sie an, wohin das Wiederherstellungspaket geschrieben wird: --to FILE.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the recovery kit to %1: %2</source>
        <translation>Das Wiederherstellungspaket kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and offline.</source>
        <translation>Wiederherstellungspaket nach %1 geschrieben. Bewahren Sie es und seine Passphrase getrennt, sicher und offline auf.</translation>
    </message>
    <message>
        <source>Name the recovery kit file: key import FILE.</source>
        <translation>Geben Sie die Datei des Wiederherstellungspakets an: key import FILE.</translation>
    </message>
    <message>
        <source>Cannot read the recovery kit %1: %2</source>
        <translation>Das Wiederherstellungspaket %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The database key was restored to this computer&apos;s keychain; this computer is listed as approved by recovery kit. Sign in with your password and a one-time code.</source>
        <translation>Der Datenbankschlüssel wurde im Schlüsselbund dieses Computers wiederhergestellt; dieser Computer ist als „durch Wiederherstellungspaket genehmigt“ aufgeführt. Melden Sie sich mit Ihrem Passwort und einem Einmalcode an.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The OS keychain refused access (is it locked?): %1</source>
        <translation>Der Schlüsselbund des Betriebssystems verweigert den Zugriff (ist er gesperrt?): %1</translation>
    </message>
    <message>
        <source>The OS keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Betriebssystems meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>No OS keychain is running; Warden stores secrets only there. Start your desktop&apos;s keyring (for example gnome-keyring) and try again.</source>
        <translation>Es läuft kein Schlüsselbund des Betriebssystems; Warden speichert Geheimnisse nur dort. Starten Sie den Schlüsselbund Ihres Desktops (zum Beispiel gnome-keyring) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain holds no entry %1.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>The OS keychain is locked. Unlock it (your desktop keyring&apos;s password) and try again; nothing was changed.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn (mit dem Passwort Ihres Desktop-Schlüsselbunds) und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>LdapSession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The directory server refused the bind: the bind DN or its password is wrong.</source>
        <translation>Der Verzeichnisserver hat die Anmeldung (Bind) abgelehnt: Bind-DN oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The directory server refused the bind: it requires another way to sign in (such as TLS).</source>
        <translation>Der Verzeichnisserver hat die Anmeldung (Bind) abgelehnt: er verlangt eine andere Anmeldeart (etwa TLS).</translation>
    </message>
    <message>
        <source>TLS failure with %1: the server&apos;s certificate is not trusted (check the CA file) or TLS could not be negotiated.</source>
        <translation>TLS-Fehler mit %1: dem Zertifikat des Servers wird nicht vertraut (CA-Datei prüfen) oder TLS konnte nicht ausgehandelt werden.</translation>
    </message>
    <message>
        <source>The directory server %1 cannot be reached.</source>
        <translation>Der Verzeichnisserver %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The search filter is not valid LDAP syntax.</source>
        <translation>Der Suchfilter ist keine gültige LDAP-Syntax.</translation>
    </message>
    <message>
        <source>The directory server stopped the search at its size limit.</source>
        <translation>Der Verzeichnisserver hat die Suche an seiner Größengrenze beendet.</translation>
    </message>
    <message>
        <source>The directory server stopped the search at its time limit.</source>
        <translation>Der Verzeichnisserver hat die Suche an seiner Zeitgrenze beendet.</translation>
    </message>
    <message>
        <source>The base DN does not exist on the directory server.</source>
        <translation>Der Basis-DN existiert auf dem Verzeichnisserver nicht.</translation>
    </message>
    <message>
        <source>The bind identity may not read there.</source>
        <translation>Die Bind-Identität darf dort nicht lesen.</translation>
    </message>
    <message>
        <source>The directory server rejected the search (check the filter and the attribute names).</source>
        <translation>Der Verzeichnisserver hat die Suche abgelehnt (Filter und Attributnamen prüfen).</translation>
    </message>
    <message>
        <source>The server address is not an ldap:// or ldaps:// URL.</source>
        <translation>Die Serveradresse ist keine ldap://- oder ldaps://-URL.</translation>
    </message>
    <message>
        <source>The directory server failed.</source>
        <translation>Der Verzeichnisserver ist gescheitert.</translation>
    </message>
    <message>
        <source>(%1 while %2: %3)</source>
        <translation>(%1 beim %2: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ldap:// or ldaps:// server address.</source>
        <translation>„%1“ ist keine ldap://- oder ldaps://-Serveradresse.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>Starten von TLS</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>Anmelden (Bind)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>asking for paged results</source>
        <translation>Anfordern seitenweiser Ergebnisse</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>reading page %1 of the search</source>
        <translation>Lesen von Seite %1 der Suche</translation>
    </message>
    <message>
        <source>reading the search result</source>
        <translation>Lesen des Suchergebnisses</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>This change requires a change request.

%1</source>
        <translation>Diese Änderung erfordert einen Änderungsantrag.

%1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database holds tables that are not Warden&apos;s; refusing to change it.</source>
        <translation>Diese Datenbank enthält Tabellen, die nicht zu Warden gehören; sie wird nicht verändert.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is missing.</source>
        <translation>Die Schemaversion der Datenbank fehlt.</translation>
    </message>
    <message>
        <source>This database was written by a newer Warden (schema version %1; this Warden knows up to %2). Upgrade Warden to open it; the database was not changed.</source>
        <translation>Diese Datenbank stammt von einem neueren Warden (Schemaversion %1; dieses Warden kennt bis %2). Aktualisieren Sie Warden, um sie zu öffnen; die Datenbank wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>NewChangeRequestDialog</name>
    <message>
        <source>New Change Request</source>
        <translation>Neuer Änderungsantrag</translation>
    </message>
    <message>
        <source>Protected roles change only through a request approved by a different person: an account contact of Director level or higher, who confirms with their password and a one-time code. Requests expire after 7 days.</source>
        <translation>Geschützte Rollen ändern sich nur über einen Antrag, den eine andere Person genehmigt: ein Kontoansprechpartner ab Direktorenebene, der mit Passwort und Einmalcode bestätigt. Anträge verfallen nach 7 Tagen.</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Anmeldemethode:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Why the change is needed; the approver decides on this.</source>
        <translation>Warum die Änderung nötig ist; die genehmigende Person entscheidet danach.</translation>
    </message>
</context>
<context>
    <name>PartnerCommand</name>
    <message>
        <source>  partner list | delegate --account C PARTNER | revoke --account C PARTNER</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  partner list | delegate --account C PARTNER | revoke --account C PARTNER</translation>
    </message>
    <message>
        <source>partner needs list, delegate or revoke.</source>
        <translation>partner braucht list, delegate oder revoke.</translation>
    </message>
    <message>
        <source>%1 now delegates to %2.</source>
        <translation>%1 delegiert jetzt an %2.</translation>
    </message>
    <message>
        <source>%1 no longer delegates to %2.</source>
        <translation>%1 delegiert nicht mehr an %2.</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Partner organisations are registered by the service provider, not from inside an account.</source>
        <translation>Partnerorganisationen werden vom Dienstanbieter registriert, nicht aus einem Konto heraus.</translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation>Der Partner braucht einen Namen.</translation>
    </message>
    <message>
        <source>A partner&apos;s home account must be a standard account; %1 is a %2 account.</source>
        <translation>Das Stammkonto eines Partners muss ein Standardkonto sein; %1 ist ein Konto vom Typ %2.</translation>
    </message>
    <message>
        <source>The partner &quot;%1&quot; already exists or already uses %2 as its home account.</source>
        <translation>Der Partner „%1“ existiert bereits oder nutzt %2 bereits als Stammkonto.</translation>
    </message>
    <message>
        <source>There is no partner called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Partner namens „%1“.</translation>
    </message>
    <message>
        <source>That partner no longer exists.</source>
        <translation>Dieser Partner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A partner cannot delegate its own account to itself.</source>
        <translation>Ein Partner kann sein eigenes Konto nicht an sich selbst delegieren.</translation>
    </message>
    <message>
        <source>%1 already delegates to %2.</source>
        <translation>%1 delegiert bereits an %2.</translation>
    </message>
    <message>
        <source>%1 does not delegate to that partner.</source>
        <translation>%1 delegiert nicht an diesen Partner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 is inside %2&apos;s own domain %3. External administrators come from outside the customer&apos;s domains; give internal people a role with Add User to Role.</source>
        <translation>%1 liegt in der eigenen Domäne %3 von %2. Externe Administratoren kommen von außerhalb der Domänen des Kunden; geben Sie internen Personen eine Rolle über „Benutzer zur Rolle hinzufügen“.</translation>
    </message>
    <message>
        <source>%1 is not an administrator of any partner organisation known to Warden.</source>
        <translation>%1 ist kein Administrator einer Warden bekannten Partnerorganisation.</translation>
    </message>
    <message>
        <source>%1 is disabled in %2&apos;s directory.</source>
        <translation>%1 ist im Verzeichnis von %2 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 does not delegate administration to %2; delegate the account to the partner first.</source>
        <translation>%1 delegiert die Verwaltung nicht an %2; delegieren Sie das Konto zuerst an den Partner.</translation>
    </message>
    <message>
        <source>Only partner administrators may give the Partner Administrator role.</source>
        <translation>Nur Partneradministratoren dürfen die Rolle „Partneradministrator“ vergeben.</translation>
    </message>
    <message>
        <source>%1 is already an external administrator of %2 (%3); change the role instead.</source>
        <translation>%1 ist bereits externer Administrator von %2 (%3); ändern Sie stattdessen die Rolle.</translation>
    </message>
    <message>
        <source>The external administrator was not recorded.</source>
        <translation>Der externe Administrator wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 is not an external administrator of %2.</source>
        <translation>%1 ist kein externer Administrator von %2.</translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation>%1 hat bereits die Rolle %2.</translation>
    </message>
    <message>
        <source>Added as %1.</source>
        <translation>Als %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Role changed from %1 to %2.</source>
        <translation>Rolle von %1 zu %2 geändert.</translation>
    </message>
    <message>
        <source>Unchanged: already an external administrator as %1.</source>
        <translation>Unverändert: bereits externer Administrator als %1.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Nicht genug Speicher, um das Passwort zu hashen.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>Das Passwort darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
</context>
<context>
    <name>PermissionSet</name>
    <message>
        <source>Admin Management</source>
        <translation>Administratorverwaltung</translation>
    </message>
    <message>
        <source>Account Roles</source>
        <translation>Kontorollen</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>Account Hierarchy</source>
        <translation>Kontohierarchie</translation>
    </message>
    <message>
        <source>External Administrators</source>
        <translation>Externe Administratoren</translation>
    </message>
    <message>
        <source>Internal Directories</source>
        <translation>Interne Verzeichnisse</translation>
    </message>
    <message>
        <source>Directory Import</source>
        <translation>Verzeichnisimport</translation>
    </message>
    <message>
        <source>Directory Synchronization</source>
        <translation>Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>Audit Logs</source>
        <translation>Prüfprotokolle</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Policies and Detection Engine Configuration</source>
        <translation>Richtlinien und Konfiguration der Erkennungs-Engine</translation>
    </message>
    <message>
        <source>Allow / Block Rules</source>
        <translation>Zulassen-/Sperrregeln</translation>
    </message>
    <message>
        <source>Authorized Outbounds</source>
        <translation>Autorisierte ausgehende Verbindungen</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Erkennungen</translation>
    </message>
    <message>
        <source>Track and Trace</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Archive Search</source>
        <translation>Archivsuche</translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation>Journaling</translation>
    </message>
    <message>
        <source>Sync Engine Sites</source>
        <translation>Sync-Engine-Standorte</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>the protected permission %1</source>
        <translation>die geschützte Berechtigung %1</translation>
    </message>
    <message>
        <source>the role management level %1</source>
        <translation>die Rollenverwaltungsstufe %1</translation>
    </message>
    <message>
        <source>Unknown application area &quot;%1&quot;.</source>
        <translation>Unbekannter Anwendungsbereich „%1“.</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>Unbekanntes Recht „%1“.</translation>
    </message>
    <message>
        <source>Unknown protected permission &quot;%1&quot;.</source>
        <translation>Unbekannte geschützte Berechtigung „%1“.</translation>
    </message>
    <message>
        <source>Unknown role management level &quot;%1&quot;.</source>
        <translation>Unbekannte Rollenverwaltungsstufe „%1“.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Take Action</source>
        <translation>Aktion ausführen</translation>
    </message>
    <message>
        <source>Content View</source>
        <translation>Inhaltsansicht</translation>
    </message>
    <message>
        <source>Message Export</source>
        <translation>Nachrichtenexport</translation>
    </message>
    <message>
        <source>Retention Adjust</source>
        <translation>Aufbewahrung anpassen</translation>
    </message>
    <message>
        <source>Smart Tag Assign</source>
        <translation>Smart Tags zuweisen</translation>
    </message>
    <message>
        <source>Delegate Mailbox</source>
        <translation>Postfachdelegierung</translation>
    </message>
    <message>
        <source>Cannot Manage Roles</source>
        <translation>Keine Rollenverwaltung</translation>
    </message>
    <message>
        <source>Manage Application Roles</source>
        <translation>Anwendungsrollen verwalten</translation>
    </message>
    <message>
        <source>Protected Roles</source>
        <translation>Geschützte Rollen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Warden starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Warden.</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message numerus="yes">
        <source>The recovery kit&apos;s passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase des Wiederherstellungspakets muss mindestens %n Zeichen haben.</numerusform>
            <numerusform>Die Passphrase des Wiederherstellungspakets muss mindestens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to protect the recovery kit.</source>
        <translation>Nicht genug Speicher, um das Wiederherstellungspaket zu schützen.</translation>
    </message>
    <message>
        <source>This file is not a Warden recovery kit, or it is incomplete (truncated).</source>
        <translation>Diese Datei ist kein Warden-Wiederherstellungspaket oder sie ist unvollständig (abgeschnitten).</translation>
    </message>
    <message>
        <source>This recovery kit was written by a newer Warden (format version %1).</source>
        <translation>Dieses Wiederherstellungspaket wurde von einem neueren Warden geschrieben (Formatversion %1).</translation>
    </message>
    <message>
        <source>This recovery kit belongs to another database (%1), not to this one (%2).</source>
        <translation>Dieses Wiederherstellungspaket gehört zu einer anderen Datenbank (%1), nicht zu dieser (%2).</translation>
    </message>
    <message>
        <source>This recovery kit is damaged: its fields are incomplete.</source>
        <translation>Dieses Wiederherstellungspaket ist beschädigt: Seine Felder sind unvollständig.</translation>
    </message>
    <message>
        <source>Not enough memory to open the recovery kit.</source>
        <translation>Nicht genug Speicher, um das Wiederherstellungspaket zu öffnen.</translation>
    </message>
    <message>
        <source>The passphrase does not open this recovery kit (or the kit was altered).</source>
        <translation>Die Passphrase öffnet dieses Wiederherstellungspaket nicht (oder das Paket wurde verändert).</translation>
    </message>
</context>
<context>
    <name>RequestAccessDialog</name>
    <message>
        <source>Request Access from This Computer</source>
        <translation>Zugriff von diesem Computer anfordern</translation>
    </message>
    <message>
        <source>Sign in with your administrator address and password to ask for access. An administrator who may manage you approves this computer after comparing its fingerprint with you.</source>
        <translation>Melden Sie sich mit Ihrer Administratoradresse und Ihrem Passwort an, um Zugriff anzufordern. Ein Administrator, der Sie verwalten darf, genehmigt diesen Computer, nachdem er den Fingerabdruck mit Ihnen verglichen hat.</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Computer &amp;name:</source>
        <translation>Computer&amp;name:</translation>
    </message>
    <message>
        <source>Restore from Recovery &amp;Kit…</source>
        <translation>Aus &amp;Wiederherstellungspaket wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>RequestCommand</name>
    <message>
        <source>  request list --account C | create --account C --kind K [--role R] [--user EMAIL] [--method M]
       --justification TEXT | approve ID [--confirm-otp CODE] | reject ID --note TEXT | cancel ID</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  request list --account C | create --account C --kind K [--role R] [--user EMAIL] [--method M]
       --justification TEXT | approve ID [--confirm-otp CODE] | reject ID --note TEXT | cancel ID</translation>
    </message>
    <message>
        <source>request takes list, create, approve, reject or cancel.</source>
        <translation>request kennt list, create, approve, reject oder cancel.</translation>
    </message>
    <message>
        <source>Name the request by its number.</source>
        <translation>Geben Sie die Nummer des Antrags an.</translation>
    </message>
    <message>
        <source>--kind is add_member, remove_member, reset_password, content_view_on or content_view_off.</source>
        <translation>--kind ist add_member, remove_member, reset_password, content_view_on oder content_view_off.</translation>
    </message>
    <message numerus="yes">
        <source>Filed request #%1; an account contact of Director level or higher must approve it within %n day(s).</source>
        <translation>
            <numerusform>Antrag Nr. %1 gestellt; ein Kontoansprechpartner ab Direktorenebene muss ihn innerhalb von %n Tag genehmigen.</numerusform>
            <numerusform>Antrag Nr. %1 gestellt; ein Kontoansprechpartner ab Direktorenebene muss ihn innerhalb von %n Tagen genehmigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved and applied request #%1.</source>
        <translation>Antrag Nr. %1 genehmigt und angewendet.</translation>
    </message>
</context>
<context>
    <name>RevealCredentialDialog</name>
    <message>
        <source>Backup Credential</source>
        <translation>Notfall-Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>RoleCommand</name>
    <message>
        <source>Protected permissions: %1</source>
        <translation>Geschützte Berechtigungen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Role management: %1</source>
        <translation>Rollenverwaltung: %1</translation>
    </message>
    <message>
        <source>  role list --account C | show --account C ROLE | members --account C ROLE
       add-member --account C ROLE EMAIL... | remove-member --account C ROLE EMAIL
       create --account C NAME [--description D] [--permissions JSON]
       copy --account C ROLE NEW-NAME | delete --account C ROLE [--remove-members]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  role list --account C | show --account C ROLE | members --account C ROLE
       add-member --account C ROLE EMAIL... | remove-member --account C ROLE EMAIL
       create --account C NAME [--description D] [--permissions JSON]
       copy --account C ROLE NEW-NAME | delete --account C ROLE [--remove-members]</translation>
    </message>
    <message>
        <source>role takes list, show, members, add-member, remove-member, create, copy or delete.</source>
        <translation>role kennt list, show, members, add-member, remove-member, create, copy oder delete.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>--permissions: %1</source>
        <translation>--permissions: %1</translation>
    </message>
    <message>
        <source>Created role &quot;%1&quot;.</source>
        <translation>Rolle „%1“ angelegt.</translation>
    </message>
    <message>
        <source> (protected)</source>
        <translation> (geschützt)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n user(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Benutzer zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Benutzer zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source> Already members: %1.</source>
        <translation> Bereits Mitglieder: %1.</translation>
    </message>
    <message>
        <source>Removed %1 from &quot;%2&quot;.</source>
        <translation>%1 aus „%2“ entfernt.</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>„%1“ nach „%2“ kopiert.</translation>
    </message>
    <message>
        <source>Deleted role &quot;%1&quot;.</source>
        <translation>Rolle „%1“ gelöscht.</translation>
    </message>
    <message>
        <source> No sign-in method yet (they cannot sign in until one is set with &quot;wardenctl admin&quot;): %1.</source>
        <translation> Noch ohne Anmeldemethode (Anmeldung erst möglich, wenn eine mit „wardenctl admin“ festgelegt ist): %1.</translation>
    </message>
</context>
<context>
    <name>RoleEditorDialog</name>
    <message>
        <source>Role Editor</source>
        <translation>Rolleneditor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Application permissions:</source>
        <translation>Anwendungsberechtigungen:</translation>
    </message>
    <message>
        <source>Protected permissions</source>
        <translation>Geschützte Berechtigungen</translation>
    </message>
    <message>
        <source>Content View</source>
        <translation>Inhaltsansicht</translation>
    </message>
    <message>
        <source>Message Export</source>
        <translation>Nachrichtenexport</translation>
    </message>
    <message>
        <source>Retention Adjust</source>
        <translation>Aufbewahrung anpassen</translation>
    </message>
    <message>
        <source>Smart Tag Assign</source>
        <translation>Smart Tags zuweisen</translation>
    </message>
    <message>
        <source>Delegate Mailbox</source>
        <translation>Postfachdelegierung</translation>
    </message>
    <message>
        <source>Role &amp;management:</source>
        <translation>Rollen&amp;verwaltung:</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>Berechtigungen der Rolle</translation>
    </message>
</context>
<context>
    <name>RoleService</name>
    <message>
        <source>A role needs a name.</source>
        <translation>Eine Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <source>A role name has at most 100 characters.</source>
        <translation>Ein Rollenname hat höchstens 100 Zeichen.</translation>
    </message>
    <message>
        <source>This account already has a role named &quot;%1&quot;.</source>
        <translation>Dieses Konto hat bereits eine Rolle namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n member(s). Remove them first, or choose &quot;Remove members and delete&quot;.</source>
        <translation>
            <numerusform>„%1“ hat noch %n Mitglied. Entfernen Sie es zuerst oder wählen Sie „Mitglieder entfernen und löschen“.</numerusform>
            <numerusform>„%1“ hat noch %n Mitglieder. Entfernen Sie sie zuerst oder wählen Sie „Mitglieder entfernen und löschen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>No users were selected.</source>
        <translation>Es wurden keine Benutzer ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is not in the internal directory.</source>
        <translation>%1 ist nicht im internen Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 belongs to another account&apos;s directory.</source>
        <translation>%1 gehört zum Verzeichnis eines anderen Kontos.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>The Partner Administrator role is only for partner (MSP) administrators.</source>
        <translation>Die Rolle Partner-Administrator ist nur für Partner-Administratoren (MSP).</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <translation>Niemand wurde hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Cancelled; nobody was added.</source>
        <translation>Abgebrochen; niemand wurde hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n users → %1</source>
        <translation>
            <numerusform>%n Benutzer → %1</numerusform>
            <numerusform>%n Benutzer → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a member of &quot;%2&quot;.</source>
        <translation>%1 ist kein Mitglied von „%2“.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</source>
        <translation>%1 ist der letzte Super-Administrator dieses Kontos und kann nicht entfernt werden. Fügen Sie zuerst einen weiteren Super-Administrator hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while you edited it. Reload it and make your change again; nothing was saved.</source>
        <translation>„%1“ wurde während Ihrer Bearbeitung von jemand anderem geändert. Laden Sie die Rolle neu und nehmen Sie Ihre Änderung erneut vor; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 — reload it and make your change again; nothing was saved.</source>
        <translation>„%1“ wurde von %2 am %3 geändert — neu laden und die Änderung erneut vornehmen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nobody was selected.</source>
        <translation>Niemand wurde ausgewählt.</translation>
    </message>
    <message>
        <source>Nobody was removed:
%1</source>
        <translation>Niemand wurde entfernt:
%1</translation>
    </message>
    <message>
        <source>Removing %1 would leave this account without an active Super Administrator. Add another Super Administrator first, or keep one of them.</source>
        <translation>Wenn %1 entfernt würde, hätte dieses Konto keinen aktiven Super Administrator mehr. Fügen Sie zuerst einen weiteren Super Administrator hinzu oder behalten Sie einen von ihnen.</translation>
    </message>
</context>
<context>
    <name>RoleStore</name>
    <message>
        <source>No such role.</source>
        <translation>Diese Rolle gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no role named &quot;%1&quot;.</source>
        <translation>Es gibt keine Rolle namens „%1“.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Only a signed-in administrator can open a session.</source>
        <translation>Nur ein angemeldeter Administrator kann eine Sitzung öffnen.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>Die Sitzung ist beendet; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The session was opened from another address (%1); sign in again from this one.</source>
        <translation>Die Sitzung wurde von einer anderen Adresse (%1) geöffnet; melden Sie sich von dieser erneut an.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Warden</source>
        <translation>Bei Warden anmelden</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>Einmal&amp;code:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 Ziffern</translation>
    </message>
    <message>
        <source>Sign in with your administrator address, password and the one-time code from your authenticator app. First time, with a temporary password? Leave the code empty.</source>
        <translation>Melden Sie sich mit Ihrer Administratoradresse, Ihrem Passwort und dem Einmalcode Ihrer Authenticator-App an. Zum ersten Mal, mit einem vorläufigen Passwort? Lassen Sie den Code leer.</translation>
    </message>
</context>
<context>
    <name>SigninCommand</name>
    <message>
        <source>  signin   sign in once; the session is kept in the keychain for the next commands</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  signin   einmal anmelden; die Sitzung bleibt für die nächsten Befehle im Schlüsselbund</translation>
    </message>
    <message>
        <source>Signed in as %1; the session lasts %2 minutes after the last command.</source>
        <translation>Angemeldet als %1; die Sitzung gilt bis %2 Minuten nach dem letzten Befehl.</translation>
    </message>
</context>
<context>
    <name>SignoutCommand</name>
    <message>
        <source>  signout  end the session kept in the keychain</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  signout  die Sitzung im Schlüsselbund beenden</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left alone (added by hand or import), %8 left out.</source>
        <translation>%1 Lauf: %2 Einträge gelesen — %3 neu, %4 geändert, %5 unverändert, %6 deaktiviert, %7 unberührt (von Hand oder per Import angelegt), %8 ausgelassen.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständiger</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Inkrementeller</translation>
    </message>
    <message>
        <source>Address change: %1 → %2 removes: %3</source>
        <translation>Adressänderung: %1 → %2 entfernt: %3</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>Disabled (gone from the directory): %1%2</source>
        <translation>Deaktiviert (nicht mehr im Verzeichnis): %1%2</translation>
    </message>
    <message>
        <source> — still holds %1</source>
        <translation> — hat noch %1</translation>
    </message>
    <message>
        <source>Left out: %1: %2</source>
        <translation>Ausgelassen: %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more left out.</source>
        <translation>… und %1 weitere ausgelassen.</translation>
    </message>
    <message>
        <source>Applied in %1 ms.</source>
        <translation>Angewendet in %1 ms.</translation>
    </message>
    <message>
        <source>  sync configure --account C [--preset ad|openldap] [--url URL] [--start-tls] [--bind-dn DN]
                 [--base-dn DN] [--filter F] [--ca-file FILE] [--map-email A] [--map-name A]
                 [--map-upn A] [--map-disabled A] [--domains D,D] [--schedule-minutes N]
                 [--ask-password]   (bind password from WARDEN_SYNC_PASSWORD or a prompt)
  sync show --account C
  sync test --account C
  sync run --account C [--dry-run] [--confirm-address-changes] [--full] [--json]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  sync configure --account C [--preset ad|openldap] [--url URL] [--start-tls] [--bind-dn DN]
                 [--base-dn DN] [--filter F] [--ca-file FILE] [--map-email A] [--map-name A]
                 [--map-upn A] [--map-disabled A] [--domains D,D] [--schedule-minutes N]
                 [--ask-password]   (bind password from WARDEN_SYNC_PASSWORD or a prompt)
  sync show --account C
  sync test --account C
  sync run --account C [--dry-run] [--confirm-address-changes] [--full] [--json]</translation>
    </message>
    <message>
        <source>sync needs configure, show, test or run.</source>
        <translation>sync braucht configure, show, test oder run.</translation>
    </message>
    <message>
        <source>--preset is ad or openldap, not &quot;%1&quot;.</source>
        <translation>--preset ist ad oder openldap, nicht „%1“.</translation>
    </message>
    <message>
        <source>--schedule-minutes is a number of minutes (0: only when asked).</source>
        <translation>--schedule-minutes ist eine Anzahl Minuten (0: nur auf Anforderung).</translation>
    </message>
    <message>
        <source>Bind password: </source>
        <translation>Bind-Passwort: </translation>
    </message>
    <message>
        <source>Directory connector of %1 saved (version %2): %3, base %4, filter %5.</source>
        <translation>Verzeichnisverbindung von %1 gespeichert (Version %2): %3, Basis %4, Filter %5.</translation>
    </message>
    <message>
        <source>Server: %1%2</source>
        <translation>Server: %1%2</translation>
    </message>
    <message>
        <source> (StartTLS)</source>
        <translation> (StartTLS)</translation>
    </message>
    <message>
        <source>CA file: %1</source>
        <translation>CA-Datei: %1</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>die des Systems</translation>
    </message>
    <message>
        <source>Bind DN: %1 (password %2)</source>
        <translation>Bind-DN: %1 (Passwort %2)</translation>
    </message>
    <message>
        <source>in this computer&apos;s keychain</source>
        <translation>im Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>nicht auf diesem Computer</translation>
    </message>
    <message>
        <source>Base DN: %1</source>
        <translation>Basis-DN: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Mapping: address %1, name %2, UPN %3, disabled %4</source>
        <translation>Zuordnung: Adresse %1, Name %2, UPN %3, deaktiviert %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Domains: %1</source>
        <translation>Domänen: %1</translation>
    </message>
    <message>
        <source>every internal domain</source>
        <translation>jede interne Domäne</translation>
    </message>
    <message>
        <source>Last run: never</source>
        <translation>Letzter Lauf: nie</translation>
    </message>
    <message>
        <source>Last run: %1, %2 in %3 ms%4</source>
        <translation>Letzter Lauf: %1, %2 in %3 ms%4</translation>
    </message>
    <message>
        <source>%1 has no directory connector.</source>
        <translation>%1 hat keine Verzeichnisverbindung.</translation>
    </message>
    <message>
        <source>Below: %1 — %2, last run %3 %4</source>
        <translation>Darunter: %1 — %2, letzter Lauf %3 %4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>This computer&apos;s keychain holds no bind password for this directory connector; enter it in Directory Synchronization (or wardenctl sync configure) on this computer.</source>
        <translation>Der Schlüsselbund dieses Computers enthält kein Bind-Passwort für diese Verzeichnisverbindung; geben Sie es auf diesem Computer unter Verzeichnissynchronisierung (oder mit wardenctl sync configure) ein.</translation>
    </message>
    <message>
        <source>The server must be an ldap://host[:port] or ldaps://host[:port] address, not &quot;%1&quot;.</source>
        <translation>Der Server muss eine ldap://host[:port]- oder ldaps://host[:port]-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>StartTLS is for ldap:// addresses; ldaps:// is TLS already.</source>
        <translation>StartTLS gilt für ldap://-Adressen; ldaps:// ist bereits TLS.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The base DN is empty.</source>
        <translation>Der Basis-DN ist leer.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; is not an LDAP filter: it is enclosed in parentheses, and they pair up.</source>
        <translation>Der Filter „%1“ ist kein LDAP-Filter: er steht in Klammern, und die Klammern gehen paarweise auf.</translation>
    </message>
    <message>
        <source>Name the attribute that holds the primary SMTP address.</source>
        <translation>Nennen Sie das Attribut, das die primäre SMTP-Adresse enthält.</translation>
    </message>
    <message>
        <source>%1 is a group; a directory connector belongs to an account with users.</source>
        <translation>%1 ist eine Gruppe; eine Verzeichnisverbindung gehört zu einem Konto mit Benutzern.</translation>
    </message>
    <message>
        <source>%1 is not an internal domain of %2.</source>
        <translation>%1 ist keine interne Domäne von %2.</translation>
    </message>
    <message>
        <source>Give the bind password: this computer&apos;s keychain does not hold one yet.</source>
        <translation>Geben Sie das Bind-Passwort an: der Schlüsselbund dieses Computers enthält noch keines.</translation>
    </message>
    <message>
        <source>Someone else changed this directory connector since you opened it; reopen it to see their change.</source>
        <translation>Jemand anderes hat diese Verzeichnisverbindung geändert, seit Sie sie geöffnet haben; öffnen Sie sie neu, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>Connected to %1 and signed in as %2. The base DN exists and the filter matches at least %3 entries (%4 of them with %5).</source>
        <translation>Mit %1 verbunden und als %2 angemeldet. Der Basis-DN existiert und der Filter trifft mindestens %3 Einträge (%4 davon mit %5).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 and signed in as %2. The base DN exists and the filter matches %n entries (%3 of them with %4).</source>
        <translation>
            <numerusform>Mit %1 verbunden und als %2 angemeldet. Der Basis-DN existiert und der Filter trifft %n Eintrag (%3 davon mit %4).</numerusform>
            <numerusform>Mit %1 verbunden und als %2 angemeldet. Der Basis-DN existiert und der Filter trifft %n Einträge (%3 davon mit %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>Synchronisierung abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The entry has no %1 (the address attribute).</source>
        <translation>Der Eintrag hat kein %1 (das Adressattribut).</translation>
    </message>
    <message>
        <source>%1 is not in a domain this connector may write (%2).</source>
        <translation>%1 liegt in keiner Domäne, die diese Verbindung schreiben darf (%2).</translation>
    </message>
    <message>
        <source>changing %1 to %2 would remove its admin roles: %3</source>
        <translation>%1 in %2 zu ändern würde die Administratorrollen entfernen: %3</translation>
    </message>
    <message>
        <source>%1 belongs to account %2; a sync never takes an address from another account.</source>
        <translation>%1 gehört zum Konto %2; eine Synchronisierung nimmt nie eine Adresse aus einem anderen Konto.</translation>
    </message>
    <message>
        <source>%1 is also the address of %2, which is kept.</source>
        <translation>%1 ist auch die Adresse von %2, das behalten wird.</translation>
    </message>
    <message>
        <source>changes the same person as %1, which is kept.</source>
        <translation>ändert dieselbe Person wie %1, das behalten wird.</translation>
    </message>
    <message>
        <source>the new address %1 is already another user&apos;s.</source>
        <translation>die neue Adresse %1 gehört schon einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>This account has no directory connector; configure one first.</source>
        <translation>Dieses Konto hat keine Verzeichnisverbindung; richten Sie zuerst eine ein.</translation>
    </message>
    <message>
        <source>Preview only; nothing was changed.</source>
        <translation>Nur Vorschau; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n admin role(s) would be removed by primary-address changes; review them and confirm to sync.</source>
        <translation>
            <numerusform>%n Administratorrolle würde durch Änderungen primärer Adressen entfernt; prüfen und bestätigen Sie sie, um zu synchronisieren.</numerusform>
            <numerusform>%n Administratorrollen würden durch Änderungen primärer Adressen entfernt; prüfen und bestätigen Sie sie, um zu synchronisieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last active %2 of %3: left enabled although the directory no longer has it.</source>
        <translation>%1 ist der letzte aktive %2 von %3: bleibt aktiviert, obwohl das Verzeichnis den Eintrag nicht mehr hat.</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary Password</source>
        <translation>Vorläufiges Passwort</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>This password is shown only now and is not stored anywhere readable. It was copied to the clipboard marked as a secret, so clipboard managers do not keep it. At the first sign-in it must be replaced and an authenticator app enrolled.</source>
        <translation>Dieses Passwort wird nur jetzt angezeigt und nirgends lesbar gespeichert. Es wurde als Geheimnis markiert in die Zwischenablage kopiert, sodass Zwischenablage-Verwaltungen es nicht behalten. Bei der ersten Anmeldung muss es ersetzt und eine Authenticator-App eingerichtet werden.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
</context>
<context>
    <name>TotpCodeCommand</name>
    <message>
        <source>  totp-code SECRET   print the current code for a base32 secret (like oathtool)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  totp-code SECRET   aktuellen Code zu einem Base32-Geheimnis ausgeben (wie oathtool)</translation>
    </message>
    <message>
        <source>totp-code needs a base32 secret.</source>
        <translation>totp-code braucht ein Base32-Geheimnis.</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>  user list --account C [--search TEXT] [--limit N] | show EMAIL | add --account C --email E
       [--name N] [--upn U] | disable EMAIL | enable EMAIL | set-upn EMAIL UPN
       set-address EMAIL NEW-EMAIL [--confirm]   (removes the user&apos;s admin roles)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  user list --account C [--search TEXT] [--limit N] | show EMAIL | add --account C --email E
       [--name N] [--upn U] | disable EMAIL | enable EMAIL | set-upn EMAIL UPN
       set-address EMAIL NEW-EMAIL [--confirm]   (entfernt die Administratorrollen des Benutzers)</translation>
    </message>
    <message>
        <source>user takes list, show, add, disable, enable, set-address or set-upn.</source>
        <translation>user braucht list, show, add, disable, enable, set-address oder set-upn.</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>%1 — %2
Roles: %3</source>
        <translation>%1 — %2
Rollen: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>%1 aktiviert.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>%1 is now %2; removed roles: %3.</source>
        <translation>%1 ist jetzt %2; entfernte Rollen: %3.</translation>
    </message>
    <message>
        <source>The UPN of %1 is now %2.</source>
        <translation>Der UPN von %1 ist jetzt %2.</translation>
    </message>
</context>
<context>
    <name>UserFields</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The display name of %1 is longer than %2 characters.</source>
        <translation>Der Anzeigename von %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The UPN of %1 is longer than %2 characters.</source>
        <translation>Der UPN von %1 ist länger als %2 Zeichen.</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>  watch [--account CODE] [--json]
           prints each change other consoles make, as it happens, until Ctrl+C; --json: one
           object per line {&quot;seq&quot;, &quot;kind&quot;, &quot;account&quot;, &quot;role&quot;, &quot;user&quot;, &quot;actor&quot;, …}</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  watch [--account CODE] [--json]
           gibt jede Änderung anderer Konsolen aus, sobald sie geschieht, bis Strg+C; --json: ein
           Objekt pro Zeile {&quot;seq&quot;, &quot;kind&quot;, &quot;account&quot;, &quot;role&quot;, &quot;user&quot;, &quot;actor&quot;, …}</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>The database server answers again; caught up.</source>
        <translation>Der Datenbankserver antwortet wieder; alles nachgeholt.</translation>
    </message>
    <message>
        <source>Offline: %1 Retrying…</source>
        <translation>Offline: %1 Neuer Versuch…</translation>
    </message>
    <message>
        <source>Watching for changes (Ctrl+C to stop)…</source>
        <translation>Warte auf Änderungen (Strg+C beendet)…</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>  whoami   who is signed in, and their roles in each account they see</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  whoami   wer angemeldet ist, und seine Rollen in jedem sichtbaren Konto</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the administrators of email-security accounts.</source>
        <translation>Die Administratoren von E-Mail-Sicherheitskonten verwalten.</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation>Datenbankdatei oder postgresql://-URL.</translation>
    </message>
    <message>
        <source>Log level.</source>
        <translation>Protokollstufe.</translation>
    </message>
    <message>
        <source>Address to prefill at sign-in.</source>
        <translation>Adresse, die bei der Anmeldung vorausgefüllt wird.</translation>
    </message>
    <message>
        <source>Warden cannot start</source>
        <translation>Warden kann nicht starten</translation>
    </message>
    <message>
        <source>%1

Run Verify Chain in the Audit Log, and restore the database from a backup if entries are missing.</source>
        <translation>%1

Führen Sie im Prüfprotokoll „Kette prüfen“ aus, und stellen Sie die Datenbank aus einer Sicherung wieder her, falls Einträge fehlen.</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <source>Password for the database server:</source>
        <translation>Passwort für den Datenbankserver:</translation>
    </message>
    <message>
        <source>Warden is already open for this database; it was brought to the front.</source>
        <translation>Warden ist für diese Datenbank bereits geöffnet; das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>The audit log is not the one this computer saw</source>
        <translation>Das Prüfprotokoll ist nicht das, das dieser Computer gesehen hat</translation>
    </message>
</context>
<context>
    <name>warden::AccountCommands</name>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <source>Domains are linked to mail-processing accounts; select one.</source>
        <translation>Domänen werden mit Mailverarbeitungskonten verknüpft; wählen Sie eines aus.</translation>
    </message>
    <message>
        <source>Manage External Administrators</source>
        <translation>Externe Administratoren verwalten</translation>
    </message>
    <message>
        <source>Admin Management</source>
        <translation>Administratorverwaltung</translation>
    </message>
    <message>
        <source>Change Requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>IP restrictions of %1 saved.</source>
        <translation>IP-Beschränkungen von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Link Domain</source>
        <translation>Domäne verknüpfen</translation>
    </message>
    <message>
        <source>The master above %1 has no domain that is not linked to it already. Add the domain on the master account first.</source>
        <translation>Das Master-Konto über %1 hat keine Domäne, die nicht bereits verknüpft ist. Fügen Sie die Domäne zuerst beim Master-Konto hinzu.</translation>
    </message>
    <message>
        <source>Domain to link to %1 (%2):</source>
        <translation>Mit %1 (%2) zu verknüpfende Domäne:</translation>
    </message>
    <message>
        <source>%1 linked to %2.</source>
        <translation>%1 mit %2 verknüpft.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>%n Zeile importiert.</numerusform>
            <numerusform>%n Zeilen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A group has no users of its own; select an account in it.</source>
        <translation>Eine Gruppe hat keine eigenen Benutzer; wählen Sie ein Konto darin.</translation>
    </message>
    <message>
        <source>Directory Synchronization</source>
        <translation>Verzeichnissynchronisierung</translation>
    </message>
    <message>
        <source>Scheduled directory sync of %1 failed: %2</source>
        <translation>Geplante Verzeichnissynchronisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Scheduled directory sync of %1 waits for you: %2</source>
        <translation>Geplante Verzeichnissynchronisierung von %1 wartet auf Sie: %2</translation>
    </message>
    <message>
        <source>Scheduled directory sync of %1: %2 new, %3 changed, %4 disabled.</source>
        <translation>Geplante Verzeichnissynchronisierung von %1: %2 neu, %3 geändert, %4 deaktiviert.</translation>
    </message>
</context>
<context>
    <name>warden::AccountContactsDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Approves</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Yes (Director or higher)</source>
        <extracomment>Approves column: the contact may not approve protected-role changes.</extracomment>
        <translation>Ja (Direktorenebene oder höher)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation>Ansprechpartner &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>Ansprechpartner &amp;hinzufügen</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Wählen Sie zuerst einen Ansprechpartner.</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Ansprechpartner entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the account&apos;s contacts?</source>
        <translation>%1 aus den Ansprechpartnern des Kontos entfernen?</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>warden::AccountHierarchyModel</name>
    <message>
        <source>%1 (linked from %2)</source>
        <translation>%1 (verknüpft von %2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>Kontocode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
</context>
<context>
    <name>warden::AccountRoleTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Protected role. </source>
        <translation>Geschützte Rolle. </translation>
    </message>
    <message>
        <source>Built-in role.</source>
        <translation>Integrierte Rolle.</translation>
    </message>
    <message>
        <source>Custom role.</source>
        <translation>Eigene Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (deaktiviert)</translation>
    </message>
    <message>
        <source>Accounts, roles and members</source>
        <translation>Konten, Rollen und Mitglieder</translation>
    </message>
</context>
<context>
    <name>warden::AddAdminDialog</name>
    <message>
        <source>&amp;Add Admin</source>
        <translation>&amp;Administrator hinzufügen</translation>
    </message>
    <message>
        <source>%1 (protected: change request)</source>
        <translation>%1 (geschützt: Änderungsantrag)</translation>
    </message>
    <message>
        <source>You get a temporary password to pass on; at first sign-in they set their own and scan a QR code into an authenticator app.</source>
        <translation>Sie erhalten ein vorläufiges Passwort zur Weitergabe; bei der ersten Anmeldung wird ein eigenes gesetzt und ein QR-Code in eine Authenticator-App gescannt.</translation>
    </message>
    <message>
        <source>They sign in through your organisation&apos;s identity provider, which also asks for their second factor.</source>
        <translation>Die Anmeldung erfolgt über den Identitätsanbieter Ihrer Organisation, der auch den zweiten Faktor abfragt.</translation>
    </message>
    <message>
        <source>Change Request Needed</source>
        <translation>Änderungsantrag erforderlich</translation>
    </message>
    <message>
        <source>%1

File a change request for %2 now?</source>
        <translation>%1

Jetzt einen Änderungsantrag für %2 stellen?</translation>
    </message>
    <message>
        <source>Already an administrator</source>
        <translation>Bereits Administrator</translation>
    </message>
</context>
<context>
    <name>warden::AddExternalAdminDialog</name>
    <message>
        <source>External admin email address</source>
        <translation>E-Mail-Adresse des externen Administrators</translation>
    </message>
    <message>
        <source>Search the partner&apos;s staff, or type an address…</source>
        <translation>Mitarbeitende des Partners durchsuchen oder eine Adresse eingeben…</translation>
    </message>
    <message>
        <source>Already an external admin</source>
        <translation>Bereits externer Administrator</translation>
    </message>
</context>
<context>
    <name>warden::AddUsersToRoleDialog</name>
    <message>
        <source>Add User to Role — %1</source>
        <translation>Benutzer zur Rolle hinzufügen — %1</translation>
    </message>
    <message>
        <source>Pick people from the internal directory to add to &lt;b&gt;%1&lt;/b&gt;. Only addresses in the directory can be added; current members are shown greyed out.</source>
        <translation>Wählen Sie Personen aus dem internen Verzeichnis, die zu &lt;b&gt;%1&lt;/b&gt; hinzugefügt werden. Nur Adressen aus dem Verzeichnis sind möglich; aktuelle Mitglieder erscheinen ausgegraut.</translation>
    </message>
    <message>
        <source>Add &amp;Selected Users</source>
        <translation>&amp;Ausgewählte Benutzer hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n Benutzer ausgewählt</numerusform>
            <numerusform>%n Benutzer ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(applies to the %n users shown; scroll to load more)</source>
        <translation>
            <numerusform>(gilt für den %n angezeigten Benutzer; scrollen lädt weitere)</numerusform>
            <numerusform>(gilt für die %n angezeigten Benutzer; scrollen lädt weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(applies to the %n users shown)</source>
        <translation>
            <numerusform>(gilt für den %n angezeigten Benutzer)</numerusform>
            <numerusform>(gilt für die %n angezeigten Benutzer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n user(s) to %1…</source>
        <translation>
            <numerusform>%n Benutzer wird zu %1 hinzugefügt…</numerusform>
            <numerusform>%n Benutzer werden zu %1 hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>warden::AdminManagementDialog</name>
    <message>
        <source>Admin Management — %1</source>
        <translation>Administratorverwaltung — %1</translation>
    </message>
    <message>
        <source>Everyone who holds an administrator role in %1 (%2). Backup accounts keep their password in this computer&apos;s OS keychain for a sign-in-provider outage.</source>
        <translation>Alle, die in %1 (%2) eine Administratorrolle haben. Notfallkonten bewahren ihr Passwort für einen Ausfall des Anmeldedienstes im Schlüsselbund dieses Computers auf.</translation>
    </message>
    <message>
        <source>Select an administrator first.</source>
        <translation>Wählen Sie zuerst einen Administrator.</translation>
    </message>
    <message>
        <source>A backup account&apos;s password is rotated, not reset.</source>
        <translation>Das Passwort eines Notfallkontos wird rotiert, nicht zurückgesetzt.</translation>
    </message>
    <message>
        <source>Only administrators who sign in with a Warden password have one to reset.</source>
        <translation>Nur Administratoren, die sich mit einem Warden-Passwort anmelden, haben eines, das sich zurücksetzen lässt.</translation>
    </message>
    <message>
        <source>Unmark &amp;Backup Account…</source>
        <translation>Markierung als &amp;Notfallkonto aufheben…</translation>
    </message>
    <message>
        <source>Mark as &amp;Backup Account…</source>
        <translation>Als &amp;Notfallkonto markieren…</translation>
    </message>
    <message>
        <source>Only backup accounts keep a credential in the keychain.</source>
        <translation>Nur Notfallkonten haben Zugangsdaten im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Change Request Needed</source>
        <translation>Änderungsantrag erforderlich</translation>
    </message>
    <message>
        <source>%1

File a change request now?</source>
        <translation>%1

Jetzt einen Änderungsantrag stellen?</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? Their current password and authenticator stop working; at the next sign-in they set a new password and scan a new QR code.</source>
        <translation>%1 ein neues vorläufiges Passwort geben? Das aktuelle Passwort und der Authenticator funktionieren dann nicht mehr; bei der nächsten Anmeldung werden ein neues Passwort gesetzt und ein neuer QR-Code gescannt.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Delete Admin</source>
        <translation>Administrator löschen</translation>
    </message>
    <message>
        <source>Remove every role %1 holds in %2 (%3)? They stay in the directory but can no longer administer this account.</source>
        <translation>Alle Rollen von %1 in %2 entfernen (%3)? Die Person bleibt im Verzeichnis, kann dieses Konto aber nicht mehr verwalten.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator of %2.</source>
        <translation>%1 ist kein Administrator von %2 mehr.</translation>
    </message>
    <message>
        <source>Make %1 a backup (break-glass) account? It gets a strong random password kept only in this computer&apos;s OS keychain; reveal it when single sign-on is down.</source>
        <translation>%1 zu einem Notfallkonto (Break-Glass) machen? Es erhält ein starkes Zufallspasswort, das nur im Schlüsselbund dieses Computers liegt; zeigen Sie es an, wenn die einmalige Anmeldung ausfällt.</translation>
    </message>
    <message>
        <source>Unmark %1 as a backup account? Its password is removed from the keychain and it can no longer sign in until its password is reset.</source>
        <translation>Markierung von %1 als Notfallkonto aufheben? Das Passwort wird aus dem Schlüsselbund entfernt, und das Konto kann sich erst nach einem Zurücksetzen des Passworts wieder anmelden.</translation>
    </message>
    <message>
        <source>Mark as Backup Account</source>
        <translation>Als Notfallkonto markieren</translation>
    </message>
    <message>
        <source>Unmark Backup Account</source>
        <translation>Markierung als Notfallkonto aufheben</translation>
    </message>
    <message>
        <source>%1 is now a backup account; its credential is in the OS keychain.</source>
        <translation>%1 ist jetzt ein Notfallkonto; die Zugangsdaten liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>%1 is no longer a backup account.</source>
        <translation>%1 ist kein Notfallkonto mehr.</translation>
    </message>
    <message>
        <source>Revealing the backup credential of %1 is recorded in the audit log with your name.

Confirm with your password and a new one-time code.</source>
        <translation>Das Anzeigen der Notfall-Zugangsdaten von %1 wird mit Ihrem Namen im Prüfprotokoll festgehalten.

Bestätigen Sie mit Ihrem Passwort und einem neuen Einmalcode.</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Rotate Credential</source>
        <translation>Zugangsdaten rotieren</translation>
    </message>
    <message>
        <source>Give the backup account %1 a new strong password? The old one stops working at once; the new one is stored only in the OS keychain.</source>
        <translation>Dem Notfallkonto %1 ein neues starkes Passwort geben? Das alte funktioniert sofort nicht mehr; das neue wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The credential of %1 was rotated.</source>
        <translation>Die Zugangsdaten von %1 wurden rotiert.</translation>
    </message>
    <message>
        <source>&amp;Computers</source>
        <translation>&amp;Computer</translation>
    </message>
</context>
<context>
    <name>warden::AdministratorsModel</name>
    <message>
        <source>By identity provider</source>
        <translation>Durch Identitätsanbieter</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>Enrolls at next sign-in</source>
        <translation>Einrichtung bei nächster Anmeldung</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Last sign-in column: the administrator has never signed in.</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Backup</source>
        <extracomment>Backup column: marks a break-glass (backup) administrator account.</extracomment>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Sets a new password and scans a new QR code at the next sign-in.</source>
        <translation>Setzt bei der nächsten Anmeldung ein neues Passwort und scannt einen neuen QR-Code.</translation>
    </message>
    <message>
        <source>Backup (break-glass) account: its password is kept in the OS keychain.</source>
        <translation>Notfallkonto (Break-Glass): Das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Disabled in the directory.</source>
        <translation>Im Verzeichnis deaktiviert.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Zweiter Faktor</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Admin Management&apos;s Sign-in column: a Warden password (the authenticator is in the next column).</extracomment>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single Sign-on</translation>
    </message>
</context>
<context>
    <name>warden::ApplyExternalAdminDialog</name>
    <message numerus="yes">
        <source>&amp;Apply to %n Account(s)</source>
        <translation>
            <numerusform>Auf %n Konto &amp;anwenden</numerusform>
            <numerusform>Auf %n Konten &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>Changed in %1, unchanged in %2, refused in %3 of %n account(s).</source>
        <translation>
            <numerusform>Geändert in %1, unverändert in %2, abgelehnt in %3 von %n Konto.</numerusform>
            <numerusform>Geändert in %1, unverändert in %2, abgelehnt in %3 von %n Konten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %1 to %n account(s)…</source>
        <translation>
            <numerusform>%1 wird auf %n Konto angewendet …</numerusform>
            <numerusform>%1 wird auf %n Konten angewendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Not applied: stopped before this account.</source>
        <translation>Nicht angewendet: vor diesem Konto angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped before %n more.</source>
        <translation>
            <numerusform>Vor %n weiteren angehalten.</numerusform>
            <numerusform>Vor %n weiteren angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>External admin email address</source>
        <translation>E-Mail-Adresse des externen Administrators</translation>
    </message>
</context>
<context>
    <name>warden::AuditChangeModel</name>
    <message>
        <source>(none)</source>
        <extracomment>An audit entry&apos;s field that had no value before (or after) the change.</extracomment>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>warden::AuditLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>Audit log column: the entry as a sentence.</extracomment>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>warden::AuditLogWidget</name>
    <message>
        <source>The audit log was tampered with at entry %1: %2</source>
        <translation>Das Prüfprotokoll wurde bei Eintrag %1 manipuliert: %2</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Every kind of change</source>
        <translation>Alle Arten von Änderungen</translation>
    </message>
    <message>
        <source>Role membership</source>
        <translation>Rollenmitgliedschaft</translation>
    </message>
    <message>
        <source>Roles and membership</source>
        <translation>Rollen und Mitgliedschaft</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Directory users</source>
        <translation>Verzeichnisbenutzer</translation>
    </message>
    <message>
        <source>Directory imports</source>
        <translation>Verzeichnisimporte</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Änderungsanträge</translation>
    </message>
    <message>
        <source>Account contacts</source>
        <translation>Kontokontakte</translation>
    </message>
    <message>
        <source>External administrators</source>
        <translation>Externe Administratoren</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Kontoeinstellungen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domänen</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>Datenbankschlüssel</translation>
    </message>
    <message>
        <source>Backup access</source>
        <translation>Backup-Zugang</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>Keine Einträge passen zum Filter.</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Eintrag %1 · %2</translation>
    </message>
    <message>
        <source>The entry records no field values.</source>
        <translation>Der Eintrag hält keine Feldwerte fest.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked, each against the signature of the computer that wrote it, and the log against every checkpoint and what this computer saw of it before.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Eintrag geprüft, gegen die Signatur des Computers, der ihn schrieb, und das Protokoll gegen jeden Prüfpunkt und das, was dieser Computer zuvor davon gesehen hat.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Einträge geprüft, jeder gegen die Signatur des Computers, der ihn schrieb, und das Protokoll gegen jeden Prüfpunkt und das, was dieser Computer zuvor davon gesehen hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ChangeRequestsDialog</name>
    <message>
        <source>Change Requests — %1</source>
        <translation>Änderungsanträge — %1</translation>
    </message>
    <message numerus="yes">
        <source>Protected-role changes in %1 wait here for approval by a different person who is an account contact of Director level or higher. Pending requests expire after %n day(s).</source>
        <translation>
            <numerusform>Änderungen geschützter Rollen in %1 warten hier auf die Genehmigung durch eine andere Person, die Kontoansprechpartner ab Direktorenebene ist. Offene Anträge verfallen nach %n Tag.</numerusform>
            <numerusform>Änderungen geschützter Rollen in %1 warten hier auf die Genehmigung durch eine andere Person, die Kontoansprechpartner ab Direktorenebene ist. Offene Anträge verfallen nach %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Wählen Sie zuerst einen Antrag.</translation>
    </message>
    <message>
        <source>Only the requester can withdraw a pending request.</source>
        <translation>Nur der Antragsteller kann einen offenen Antrag zurückziehen.</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>Kein Antrag ausgewählt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt; — %3&lt;br&gt;Justification: %4</source>
        <translation>&lt;b&gt;Nr. %1 %2&lt;/b&gt; — %3&lt;br&gt;Begründung: %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Decision note: %1</source>
        <translation>&lt;br&gt;Entscheidungsnotiz: %1</translation>
    </message>
    <message>
        <source>Request #%1 was filed; it waits for a Director-level contact&apos;s approval.</source>
        <translation>Antrag Nr. %1 wurde gestellt; er wartet auf die Genehmigung eines Ansprechpartners ab Direktorenebene.</translation>
    </message>
    <message>
        <source>Approving #%1 applies it at once: %2.

Confirm with your password and a new one-time code.</source>
        <translation>Die Genehmigung von Nr. %1 wendet sie sofort an: %2.

Bestätigen Sie mit Ihrem Passwort und einem neuen Einmalcode.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Request #%1 was approved and applied.</source>
        <translation>Antrag Nr. %1 wurde genehmigt und angewendet.</translation>
    </message>
    <message>
        <source>Reject Request</source>
        <translation>Antrag ablehnen</translation>
    </message>
    <message>
        <source>Why is #%1 rejected? The requester sees this.</source>
        <translation>Warum wird Nr. %1 abgelehnt? Der Antragsteller sieht dies.</translation>
    </message>
    <message>
        <source>Request #%1 was rejected.</source>
        <translation>Antrag Nr. %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Withdraw Request</source>
        <translation>Antrag zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw request #%1?</source>
        <translation>Antrag Nr. %1 zurückziehen?</translation>
    </message>
    <message>
        <source>Request #%1 was withdrawn.</source>
        <translation>Antrag Nr. %1 wurde zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>warden::ChangeRequestsModel</name>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1

Decision: %2</source>
        <translation>%1

Entscheidung: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Change requests column: the change asked for (noun).</extracomment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Change requests column: when the request was filed.</extracomment>
        <translation>Beantragt</translation>
    </message>
    <message>
        <source>Decided / expires</source>
        <translation>Entschieden / läuft ab</translation>
    </message>
</context>
<context>
    <name>warden::ComputersModel</name>
    <message>
        <source>The computer this console runs on</source>
        <translation>Der Computer, auf dem diese Konsole läuft</translation>
    </message>
    <message>
        <source>Approved via: %1</source>
        <translation>Genehmigt über: %1</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>(nobody signed in yet)</source>
        <translation>(noch niemand angemeldet)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Requested / decided at</source>
        <translation>Angefragt / entschieden am</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>warden::ComputersPanel</name>
    <message>
        <source>Select a computer or request first.</source>
        <translation>Wählen Sie zuerst einen Computer oder eine Anfrage aus.</translation>
    </message>
    <message>
        <source>Only a request waiting for approval can be approved or refused.</source>
        <translation>Nur eine Anfrage, die auf Genehmigung wartet, kann genehmigt oder abgelehnt werden.</translation>
    </message>
    <message>
        <source>Only an approved computer can be revoked.</source>
        <translation>Nur ein genehmigter Computer kann widerrufen werden.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 genehmigen</translation>
    </message>
    <message>
        <source>Call %1 and ask them to read the fingerprint their computer shows. Type it here (digits only are compared):</source>
        <translation>Rufen Sie %1 an und bitten Sie, den Fingerabdruck vorzulesen, den der Computer anzeigt. Geben Sie ihn hier ein (nur die Ziffern werden verglichen):</translation>
    </message>
    <message>
        <source>Approving %1 for %2 seals the database key to that computer. Confirm with your password and a new one-time code.</source>
        <translation>Das Genehmigen von %1 für %2 versiegelt den Datenbankschlüssel für diesen Computer. Bestätigen Sie mit Ihrem Passwort und einem neuen Einmalcode.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>%1 (%2) is approved; it takes the key up at its next start.</source>
        <translation>%1 (%2) ist genehmigt; er übernimmt den Schlüssel beim nächsten Start.</translation>
    </message>
    <message>
        <source>Refuse Request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Refuse the request of %1 from %2?</source>
        <translation>Die Anfrage von %1 von %2 ablehnen?</translation>
    </message>
    <message>
        <source>The request of %1 was refused.</source>
        <translation>Die Anfrage von %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Revoke Computer</source>
        <translation>Computer widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1 (%2)? It can no longer open the database, and the database key is rotated for every other computer.</source>
        <translation>%1 (%2) widerrufen? Er kann die Datenbank nicht mehr öffnen, und der Datenbankschlüssel wird für alle anderen Computer gewechselt.</translation>
    </message>
    <message>
        <source>no administrator yet</source>
        <translation>noch kein Administrator</translation>
    </message>
    <message>
        <source>Revoking %1 rotates the database key. Confirm with your password and a new one-time code.</source>
        <translation>Das Widerrufen von %1 wechselt den Datenbankschlüssel. Bestätigen Sie mit Ihrem Passwort und einem neuen Einmalcode.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>%1 was revoked and the database key rotated.</source>
        <translation>%1 wurde widerrufen und der Datenbankschlüssel gewechselt.</translation>
    </message>
</context>
<context>
    <name>warden::ConsoleActions</name>
    <message>
        <source>&amp;New Role…</source>
        <translation>&amp;Neue Rolle…</translation>
    </message>
    <message>
        <source>&amp;Edit Role…</source>
        <translation>Rolle &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Copy Role…</source>
        <translation>Rolle &amp;kopieren…</translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation>Rolle &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Add User to Role…</source>
        <translation>Benutzer zur Rolle &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove from Role</source>
        <translation>Aus Rolle &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;View Members</source>
        <translation>Mitglieder &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show All &amp;Roles</source>
        <translation>Alle &amp;Rollen anzeigen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter Tree</source>
        <translation>Baum &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Warden</source>
        <translation>&amp;Über Warden</translation>
    </message>
    <message>
        <source>Account &amp;Hierarchy</source>
        <translation>Konten&amp;hierarchie</translation>
    </message>
    <message>
        <source>Manage E&amp;xternal Administrators…</source>
        <translation>E&amp;xterne Administratoren verwalten…</translation>
    </message>
    <message>
        <source>Apply External Admin to &amp;Accounts…</source>
        <translation>Externen Administrator auf &amp;Konten anwenden…</translation>
    </message>
    <message>
        <source>&amp;IP Restrictions…</source>
        <translation>&amp;IP-Beschränkungen…</translation>
    </message>
    <message>
        <source>&amp;Link Domain…</source>
        <translation>Domäne &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>I&amp;mport Users…</source>
        <translation>Benutzer i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Admin &amp;Management…</source>
        <translation>Administrator&amp;verwaltung…</translation>
    </message>
    <message>
        <source>Change &amp;Requests…</source>
        <translation>Änderungs&amp;anträge…</translation>
    </message>
    <message>
        <source>Requires a change request. %1</source>
        <translation>Erfordert einen Änderungsantrag. %1</translation>
    </message>
    <message>
        <source>Export &amp;Recovery Kit…</source>
        <translation>&amp;Wiederherstellungspaket exportieren…</translation>
    </message>
    <message>
        <source>&amp;Directory Synchronization…</source>
        <translation>Verzeichnis&amp;synchronisierung…</translation>
    </message>
</context>
<context>
    <name>warden::DirectorySearchModel</name>
    <message>
        <source>Already a member</source>
        <translation>Bereits Mitglied</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation>%1 hat diese Rolle bereits.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>warden::DirectorySyncDialog</name>
    <message>
        <source>Directory Synchronization — %1</source>
        <translation>Verzeichnissynchronisierung — %1</translation>
    </message>
    <message>
        <source>Keeps %1&apos;s internal directory in step with your organisation&apos;s Active Directory or LDAP server. People added by hand or by import are never changed; people this connection brought in who leave the directory are disabled by a full run. A changed primary address removes the person&apos;s admin roles, so it is listed and applied only when you confirm.</source>
        <translation>Hält das interne Verzeichnis von %1 mit dem Active Directory oder LDAP-Server Ihrer Organisation gleich. Von Hand oder per Import angelegte Personen werden nie geändert; Personen, die diese Verbindung angelegt hat und die das Verzeichnis verlassen, deaktiviert ein vollständiger Lauf. Eine geänderte primäre Adresse entfernt die Administratorrollen der Person; sie wird deshalb aufgelistet und erst nach Ihrer Bestätigung angewendet.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <source>OpenLDAP (inetOrgPerson)</source>
        <translation>OpenLDAP (inetOrgPerson)</translation>
    </message>
    <message>
        <source>Every internal domain: %1</source>
        <translation>Jede interne Domäne: %1</translation>
    </message>
    <message>
        <source>Every internal domain</source>
        <translation>Jede interne Domäne</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain; type to replace</source>
        <translation>Im Schlüsselbund dieses Computers; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Needed on this computer (kept in its keychain)</source>
        <translation>Auf diesem Computer nötig (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Read the directory and apply what changed</source>
        <translation>Das Verzeichnis lesen und Änderungen anwenden</translation>
    </message>
    <message>
        <source>%1 entries read…</source>
        <translation>%1 Einträge gelesen…</translation>
    </message>
    <message>
        <source>No connection yet: fill in the server and Save, or Test Connection first.</source>
        <translation>Noch keine Verbindung: Server eintragen und speichern, oder zuerst die Verbindung testen.</translation>
    </message>
    <message>
        <source>Never run. The first run reads every entry.</source>
        <translation>Noch nie gelaufen. Der erste Lauf liest jeden Eintrag.</translation>
    </message>
    <message>
        <source>Last run %1 (%2, %3 ms): %4 entries read, %5 new, %6 changed, %7 disabled, %8 left out.</source>
        <translation>Letzter Lauf %1 (%2, %3 ms): %4 Einträge gelesen, %5 neu, %6 geändert, %7 deaktiviert, %8 ausgelassen.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>inkrementell</translation>
    </message>
    <message>
        <source>Last run %1 %2: %3</source>
        <translation>Letzter Lauf %1 %2: %3</translation>
    </message>
    <message>
        <source>was stopped</source>
        <translation>wurde gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Settings last changed by %1.</source>
        <translation>Einstellungen zuletzt geändert von %1.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <source>%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left alone (added by hand or import).</source>
        <translation>%1 Lauf: %2 Einträge gelesen — %3 neu, %4 geändert, %5 unverändert, %6 deaktiviert, %7 unberührt (von Hand oder per Import angelegt).</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständiger</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Inkrementeller</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Primary address changes</source>
        <translation>Änderungen primärer Adressen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No admin roles</source>
        <translation>Keine Administratorrollen</translation>
    </message>
    <message>
        <source>Removes: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Disabled: gone from the directory</source>
        <translation>Deaktiviert: nicht mehr im Verzeichnis</translation>
    </message>
    <message>
        <source>Still holds: %1</source>
        <translation>Hat noch: %1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Save Directory Synchronization</source>
        <translation>Verzeichnissynchronisierung speichern</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Test Connection failed: %1</source>
        <translation>Verbindungstest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>Verzeichnis wird gelesen…</translation>
    </message>
    <message>
        <source>Sync All</source>
        <translation>Alles synchronisieren</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 removes %3</source>
        <translation>%1 → %2 entfernt %3</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message>
        <source>Apply Address Changes</source>
        <translation>Adressänderungen anwenden</translation>
    </message>
    <message numerus="yes">
        <source>The directory changed the primary address of %n person(s). Role membership follows the address, so these admin roles will be removed:

%1

Apply the sync with these changes?</source>
        <translation>
            <numerusform>Das Verzeichnis hat die primäre Adresse von %n Person geändert. Die Rollenmitgliedschaft folgt der Adresse, daher werden diese Administratorrollen entfernt:

%1

Synchronisierung mit diesen Änderungen anwenden?</numerusform>
            <numerusform>Das Verzeichnis hat die primäre Adresse von %n Personen geändert. Die Rollenmitgliedschaft folgt der Adresse, daher werden diese Administratorrollen entfernt:

%1

Synchronisierung mit diesen Änderungen anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nie gelaufen</translation>
    </message>
    <message>
        <source>Connections below this master: %1.</source>
        <translation>Verbindungen unter diesem Master: %1.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>warden::EditAdminDialog</name>
    <message>
        <source>Edit Admin — %1</source>
        <translation>Administrator bearbeiten — %1</translation>
    </message>
    <message>
        <source>Roles and sign-in method of %1. Adding or removing a protected role (shown with a lock) needs a change request.</source>
        <translation>Rollen und Anmeldemethode von %1. Das Hinzufügen oder Entfernen einer geschützten Rolle (mit Schloss) erfordert einen Änderungsantrag.</translation>
    </message>
    <message>
        <source>%1 File it under Account → Change Requests.</source>
        <translation>%1 Stellen Sie ihn unter Konto → Änderungsanträge.</translation>
    </message>
</context>
<context>
    <name>warden::EnrollmentDialog</name>
    <message>
        <source>Welcome, %1. Replace the temporary password with your own and enroll your authenticator app to finish signing in.</source>
        <translation>Willkommen, %1. Ersetzen Sie das vorläufige Passwort durch Ihr eigenes und richten Sie Ihre Authenticator-App ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>Enroll your authenticator app for %1 to finish signing in.</source>
        <translation>Richten Sie Ihre Authenticator-App für %1 ein, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>warden::ExternalAdminsDialog</name>
    <message>
        <source>Manage External Administrators — %1</source>
        <translation>Externe Administratoren verwalten — %1</translation>
    </message>
    <message>
        <source>External administrators of %1 (%2) sign in through their partner (MSP) and act in this account with the role shown. Their addresses are outside %2&apos;s own domains.</source>
        <translation>Externe Administratoren von %1 (%2) melden sich über ihren Partner (MSP) an und handeln in diesem Konto mit der angezeigten Rolle. Ihre Adressen liegen außerhalb der eigenen Domänen von %2.</translation>
    </message>
    <message>
        <source>This account does not delegate to any partner yet.</source>
        <translation>Dieses Konto delegiert noch an keinen Partner.</translation>
    </message>
    <message>
        <source>Delegates administration to: %1</source>
        <translation>Delegiert die Verwaltung an: %1</translation>
    </message>
    <message>
        <source>Select an external administrator first.</source>
        <translation>Wählen Sie zuerst einen externen Administrator aus.</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 wurde als %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>Neue Rolle für %1:</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <source>Remove External Admin</source>
        <translation>Externen Administrator entfernen</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3? They lose access to this account at once.</source>
        <translation>%1 (%2) aus %3 entfernen? Der Zugriff auf dieses Konto endet sofort.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>warden::ExternalAdminsModel</name>
    <message>
        <source>External admin email address</source>
        <translation>E-Mail-Adresse des externen Administrators</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Hinzugefügt am</translation>
    </message>
</context>
<context>
    <name>warden::FirstRunDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
</context>
<context>
    <name>warden::HealthBadge</name>
    <message numerus="yes">
        <source>Backup admins: %n rule(s) failing</source>
        <translation>
            <numerusform>Notfalladministratoren: %n Regel verletzt</numerusform>
            <numerusform>Notfalladministratoren: %n Regeln verletzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup admins: %n warning(s)</source>
        <translation>
            <numerusform>Notfalladministratoren: %n Warnung</numerusform>
            <numerusform>Notfalladministratoren: %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup admins: healthy</source>
        <translation>Notfalladministratoren: in Ordnung</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) in 24 hours</source>
        <translation>
            <numerusform>%n fehlgeschlagene Anmeldung in 24 Stunden</numerusform>
            <numerusform>%n fehlgeschlagene Anmeldungen in 24 Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>see the Audit Log (action signin.failed) for the addresses and reasons</source>
        <translation>Adressen und Gründe stehen im Prüfprotokoll (Aktion signin.failed)</translation>
    </message>
    <message>
        <source>%1 meets every backup-administrator rule.</source>
        <translation>%1 erfüllt alle Regeln für Notfalladministratoren.</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1:
%2</translation>
    </message>
</context>
<context>
    <name>warden::ImportUsersWizard</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>UTF-8, comma-separated, with a header row. Columns: %1.</source>
        <translation>UTF-8, kommagetrennt, mit Kopfzeile. Spalten: %1.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Importieren &amp;in:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>%1 (%2) — rows without remoteaccountcode go here</source>
        <translation>%1 (%2) — Zeilen ohne remoteaccountcode landen hier</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>You may not import users into any account.</source>
        <translation>Sie dürfen in kein Konto Benutzer importieren.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Every row is checked before anything is imported; nothing changes yet.</source>
        <translation>Jede Zeile wird geprüft, bevor etwas importiert wird; noch ändert sich nichts.</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column headings of the address changes an import makes: file line, old address, new address.</extracomment>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>Admin roles removed</source>
        <translation>Entfernte Administratorrollen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>I have reviewed the address changes; remove these %n admin role(s)</source>
        <translation>
            <numerusform>Ich habe die Adressänderungen geprüft; diese %n Administratorrolle entfernen</numerusform>
            <numerusform>Ich habe die Adressänderungen geprüft; diese %n Administratorrollen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</source>
        <translation>%1 Zeilen: %2 neu, %3 aktualisiert, %4 verschoben, %5 Adressänderungen, %6 Rollenzuweisungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; fix the file and check it again. Nothing will be imported while any row is rejected.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt; korrigieren Sie die Datei und prüfen Sie erneut. Solange eine Zeile abgelehnt ist, wird nichts importiert.</numerusform>
            <numerusform>%n Zeilen abgelehnt; korrigieren Sie die Datei und prüfen Sie erneut. Solange eine Zeile abgelehnt ist, wird nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Die ersten %1 sind aufgeführt.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</source>
        <translation>%1 Zeilen importiert: %2 neu, %3 aktualisiert, %4 verschoben, %5 Adressänderungen, %6 Rollenzuweisungen.</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
</context>
<context>
    <name>warden::IpRestrictionsDialog</name>
    <message>
        <source>IP Restrictions — %1</source>
        <translation>IP-Beschränkungen — %1</translation>
    </message>
    <message>
        <source>This console connects from %1.</source>
        <translation>Diese Konsole verbindet von %1.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>einer unbekannten Adresse</translation>
    </message>
</context>
<context>
    <name>warden::MainWindow</name>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Accounts, roles and members</source>
        <translation>Konten, Rollen und Mitglieder</translation>
    </message>
    <message>
        <source>Filter accounts, roles and loaded members…</source>
        <translation>Konten, Rollen und geladene Mitglieder filtern…</translation>
    </message>
    <message>
        <source>Select a role to see its permissions and members, or a member to see every role they hold. Right-click a role to add users to it.</source>
        <translation>Wählen Sie eine Rolle, um ihre Berechtigungen und Mitglieder zu sehen, oder ein Mitglied, um alle seine Rollen zu sehen. Mit Rechtsklick auf eine Rolle fügen Sie Benutzer hinzu.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <translation>Angemeldet als %1 — %2</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Wählen Sie zuerst eine Rolle.</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Wählen Sie zuerst ein Mitglied.</translation>
    </message>
    <message>
        <source>About Warden</source>
        <translation>Über Warden</translation>
    </message>
    <message>
        <source>Warden %1
Manage who administers email-security accounts, and with what powers.</source>
        <translation>Warden %1
Verwalten, wer E-Mail-Sicherheitskonten administriert und mit welchen Rechten.</translation>
    </message>
    <message>
        <source>Account Hierarchy</source>
        <translation>Kontohierarchie</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>Account hierarchy</source>
        <translation>Kontenhierarchie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Admin Roles</source>
        <extracomment>The main window&apos;s title; the desktop shows it as &quot;Admin Roles — Warden&quot;.</extracomment>
        <translation>Administratorrollen</translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Offline — verbinde neu…</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>The database server answers again; the console shows its current state.</source>
        <translation>Der Datenbankserver antwortet wieder; die Konsole zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>The database server does not answer: %1 Warden keeps trying.</source>
        <translation>Der Datenbankserver antwortet nicht: %1 Warden versucht es weiter.</translation>
    </message>
    <message numerus="yes">
        <source>Updated with %n change(s) made on other consoles.</source>
        <translation>
            <numerusform>Aktualisiert mit %n Änderung von anderen Konsolen.</numerusform>
            <numerusform>Aktualisiert mit %n Änderungen von anderen Konsolen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not following other consoles</source>
        <translation>Änderungen anderer Konsolen werden nicht verfolgt</translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation>Baum filtern</translation>
    </message>
    <message>
        <source>Select a role to see its permissions and members, or a member to see every role they hold. Your access is read-only: you can look at everything here, and the greyed-out commands say why you cannot change it.</source>
        <translation>Wählen Sie eine Rolle, um ihre Berechtigungen und Mitglieder zu sehen, oder ein Mitglied, um alle seine Rollen zu sehen. Ihr Zugriff ist schreibgeschützt: Sie können alles ansehen, und die ausgegrauten Befehle sagen, warum Sie es nicht ändern können.</translation>
    </message>
    <message>
        <source>Signed in as %1 — acting as %2 in %3</source>
        <extracomment>Status bar: who is signed in, and the roles they act with in the selected account.</extracomment>
        <translation>Angemeldet als %1 — handelt als %2 in %3</translation>
    </message>
    <message>
        <source>What you may do in this account comes from these roles.</source>
        <translation>Was Sie in diesem Konto tun dürfen, ergibt sich aus diesen Rollen.</translation>
    </message>
    <message>
        <source>Audit log warning: %1 Run Verify Chain in the Audit Log, and restore the database from a backup if entries are missing.</source>
        <translation>Warnung zum Prüfprotokoll: %1 Führen Sie im Prüfprotokoll „Kette prüfen“ aus, und stellen Sie die Datenbank aus einer Sicherung wieder her, falls Einträge fehlen.</translation>
    </message>
</context>
<context>
    <name>warden::MemberDetailsWidget</name>
    <message>
        <source>Roles held:</source>
        <translation>Zugewiesene Rollen:</translation>
    </message>
    <message>
        <source>Effective permissions (hover a cell to see which role grants it):</source>
        <translation>Wirksame Berechtigungen (Zeiger über eine Zelle zeigt, welche Rolle sie gewährt):</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n role(s) · protected permissions: %2</source>
        <translation>
            <numerusform>%1 · %n Rolle · geschützte Berechtigungen: %2</numerusform>
            <numerusform>%1 · %n Rollen · geschützte Berechtigungen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Change Primary &amp;Address…</source>
        <translation>Primäre &amp;Adresse ändern…</translation>
    </message>
    <message>
        <source>Changing the primary address removes the member&apos;s admin roles.</source>
        <translation>Eine Änderung der primären Adresse entfernt die Administratorrollen des Mitglieds.</translation>
    </message>
    <message>
        <source>Change Primary Address</source>
        <translation>Primäre Adresse ändern</translation>
    </message>
    <message>
        <source>New primary SMTP address for %1 (admin roles are keyed by it):</source>
        <translation>Neue primäre SMTP-Adresse für %1 (Administratorrollen hängen an ihr):</translation>
    </message>
    <message>
        <source>This change requires a change request.

%1</source>
        <translation>Diese Änderung erfordert einen Änderungsantrag.

%1</translation>
    </message>
    <message>
        <source>Changing %1 to %2 removes these admin roles:

%3

Change the address?</source>
        <translation>Die Änderung von %1 zu %2 entfernt diese Administratorrollen:

%3

Adresse ändern?</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>Innegehabte Rollen</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Effektive Berechtigungen</translation>
    </message>
    <message>
        <source>R&amp;emove from Role</source>
        <translation>Aus Rolle &amp;entfernen</translation>
    </message>
    <message>
        <source>Select a role held first.</source>
        <translation>Wählen Sie zuerst eine gehaltene Rolle.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
</context>
<context>
    <name>warden::MenuReasons</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>warden::NewChangeRequestDialog</name>
    <message>
        <source>&amp;File Request</source>
        <translation>Antrag &amp;stellen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>warden::PeoplePicker</name>
    <message>
        <source>Search the directory</source>
        <translation>Verzeichnis durchsuchen</translation>
    </message>
    <message>
        <source>Search by address or any part of the name…</source>
        <translation>Nach Adresse oder einem Teil des Namens suchen…</translation>
    </message>
    <message>
        <source>Directory search results</source>
        <translation>Suchergebnisse im Verzeichnis</translation>
    </message>
    <message>
        <source>Down from the search box moves here; %1</source>
        <translation>Pfeil nach unten im Suchfeld führt hierher; %1</translation>
    </message>
    <message>
        <source>Space ticks a person.</source>
        <translation>Leertaste markiert eine Person.</translation>
    </message>
    <message>
        <source>the selected person is the one chosen.</source>
        <translation>die markierte Person ist die gewählte.</translation>
    </message>
</context>
<context>
    <name>warden::PermissionMatrixModel</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 on %2: not allowed</source>
        <translation>%1 für %2: nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 on %2: allowed</source>
        <translation>%1 für %2: erlaubt</translation>
    </message>
    <message>
        <source>%1 on %2: granted by %3</source>
        <translation>%1 für %2: gewährt durch %3</translation>
    </message>
</context>
<context>
    <name>warden::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>warden::QrCodeWidget</name>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR-Code für die Authenticator-App</translation>
    </message>
</context>
<context>
    <name>warden::RecoveryKitExport</name>
    <message>
        <source>Export Recovery Kit</source>
        <translation>Wiederherstellungspaket exportieren</translation>
    </message>
    <message>
        <source>Warden recovery kits (*.kit)</source>
        <translation>Warden-Wiederherstellungspakete (*.kit)</translation>
    </message>
    <message>
        <source>Recovery Kit Passphrase</source>
        <translation>Passphrase des Wiederherstellungspakets</translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters. Keep it apart from the kit.</source>
        <translation>Eine Passphrase mit mindestens %1 Zeichen. Bewahren Sie sie getrennt vom Paket auf.</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>Die Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The recovery kit holds the database key. Exporting it is recorded in the audit log with your name. Confirm with your password and a new one-time code.</source>
        <translation>Das Wiederherstellungspaket enthält den Datenbankschlüssel. Der Export wird mit Ihrem Namen im Audit-Protokoll festgehalten. Bestätigen Sie mit Ihrem Passwort und einem neuen Einmalcode.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cannot write the recovery kit to %1: %2</source>
        <translation>Das Wiederherstellungspaket kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and offline.</source>
        <translation>Wiederherstellungspaket nach %1 geschrieben. Bewahren Sie es und seine Passphrase getrennt, sicher und offline auf.</translation>
    </message>
</context>
<context>
    <name>warden::RequestAccessDialog</name>
    <message>
        <source>&amp;Request Access</source>
        <translation>&amp;Zugriff anfordern</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Request #%1 from %2 is filed. Read this fingerprint to the administrator who approves it, by phone or in person:</source>
        <translation>Anfrage #%1 von %2 ist gestellt. Lesen Sie diesen Fingerabdruck dem Administrator vor, der sie genehmigt – telefonisch oder persönlich:</translation>
    </message>
    <message>
        <source>Waiting for approval… (this window checks by itself; the request expires after 24 hours)</source>
        <translation>Warten auf Genehmigung… (dieses Fenster prüft selbst; die Anfrage läuft nach 24 Stunden ab)</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Genehmigt von %1.</translation>
    </message>
    <message>
        <source>Restore from Recovery Kit</source>
        <translation>Aus Wiederherstellungspaket wiederherstellen</translation>
    </message>
    <message>
        <source>Warden recovery kits (*.kit);;All files (*)</source>
        <translation>Warden-Wiederherstellungspakete (*.kit);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Recovery Kit Passphrase</source>
        <translation>Passphrase des Wiederherstellungspakets</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>Die Passphrase von %1:</translation>
    </message>
</context>
<context>
    <name>warden::RevealCredentialDialog</name>
    <message>
        <source>The password of the backup account %1, from the OS keychain. Your retrieval is recorded in the audit log.</source>
        <translation>Das Passwort des Notfallkontos %1 aus dem Schlüsselbund des Systems. Ihr Abruf ist im Prüfprotokoll festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>Verborgen in %n Sekunde.</numerusform>
            <numerusform>Verborgen in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation>Verborgen.</translation>
    </message>
</context>
<context>
    <name>warden::RoleCommands</name>
    <message>
        <source>Select a role first.</source>
        <translation>Wählen Sie zuerst eine Rolle.</translation>
    </message>
    <message>
        <source>Select a member of a role first.</source>
        <translation>Wählen Sie zuerst ein Mitglied einer Rolle.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Wählen Sie zuerst ein Konto.</translation>
    </message>
    <message>
        <source>Add User to Role</source>
        <translation>Benutzer zur Rolle hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n user(s) to %1.</source>
        <translation>
            <numerusform>%n Benutzer zu %1 hinzugefügt.</numerusform>
            <numerusform>%n Benutzer zu %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Role</source>
        <translation>Aus Rolle entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose this role&apos;s permissions at once.</source>
        <translation>%1 aus %2 entfernen? Die Berechtigungen dieser Rolle entfallen sofort.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 aus %2 entfernt.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Created role %1.</source>
        <translation>Rolle %1 angelegt.</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Saved role %1.</source>
        <translation>Rolle %1 gespeichert.</translation>
    </message>
    <message>
        <source>Copy Role</source>
        <translation>Rolle kopieren</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s). Remove them from the role and delete it?</source>
        <translation>
            <numerusform>%1 hat noch %n Mitglied. Aus der Rolle entfernen und die Rolle löschen?</numerusform>
            <numerusform>%1 hat noch %n Mitglieder. Aus der Rolle entfernen und die Rolle löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Die Rolle %1 löschen?</translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation>Rolle %1 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the people you added cannot sign in yet: they have no sign-in method (a password or single sign-on).

%1

Open Admin Management to give them one?</source>
        <translation>
            <numerusform>%n der hinzugefügten Personen kann sich noch nicht anmelden: Sie hat keine Anmeldemethode (Passwort oder Single Sign-on).

%1

Administratorverwaltung öffnen, um eine festzulegen?</numerusform>
            <numerusform>%n der hinzugefügten Personen können sich noch nicht anmelden: Sie haben keine Anmeldemethode (Passwort oder Single Sign-on).

%1

Administratorverwaltung öffnen, um eine festzulegen?</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sign-in Method</source>
        <translation>Keine Anmeldemethode</translation>
    </message>
    <message numerus="yes">
        <source>%n of the people you added cannot sign in yet: they have no sign-in method. An administrator who may use Admin Management can give them one.

%1</source>
        <translation>
            <numerusform>%n der hinzugefügten Personen kann sich noch nicht anmelden: Sie hat keine Anmeldemethode. Ein Administrator mit Zugang zur Administratorverwaltung kann eine festlegen.

%1</numerusform>
            <numerusform>%n der hinzugefügten Personen können sich noch nicht anmelden: Sie haben keine Anmeldemethode. Ein Administrator mit Zugang zur Administratorverwaltung kann eine festlegen.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected: each removal needs its own change request. This one is for %2.</source>
        <translation>%1 ist geschützt: Jede Entfernung braucht einen eigenen Änderungsantrag. Dieser ist für %2.</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people from %1? They lose this role&apos;s permissions at once.

%2</source>
        <translation>
            <numerusform>Diese %n Person aus %1 entfernen? Sie verliert die Berechtigungen der Rolle sofort.

%2</numerusform>
            <numerusform>Diese %n Personen aus %1 entfernen? Sie verlieren die Berechtigungen der Rolle sofort.

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n people from %1.</source>
        <translation>
            <numerusform>%n Person aus %1 entfernt.</numerusform>
            <numerusform>%n Personen aus %1 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::RoleDetailsWidget</name>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Mitglieder</translation>
    </message>
    <message>
        <source>Protected role</source>
        <translation>Geschützte Rolle</translation>
    </message>
    <message>
        <source>Built-in role</source>
        <translation>Integrierte Rolle</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Eigene Rolle</translation>
    </message>
    <message>
        <source>protected: changes require a change request</source>
        <translation>geschützt: Änderungen erfordern einen Änderungsantrag</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected permissions: %1</source>
        <translation>Geschützte Berechtigungen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Role management: %1</source>
        <translation>Rollenverwaltung: %1</translation>
    </message>
    <message>
        <source>&amp;Members (%1)</source>
        <translation>&amp;Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>Berechtigungen der Rolle</translation>
    </message>
    <message>
        <source>Members of the role</source>
        <translation>Mitglieder der Rolle</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Add people from the directory to this role</source>
        <translation>Personen aus dem Verzeichnis zu dieser Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Wählen Sie zuerst eine Rolle.</translation>
    </message>
    <message>
        <source>Select one or more members first.</source>
        <translation>Wählen Sie zuerst ein oder mehrere Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected member(s) from the role</source>
        <translation>
            <numerusform>Das %n ausgewählte Mitglied aus der Rolle entfernen</numerusform>
            <numerusform>Die %n ausgewählten Mitglieder aus der Rolle entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody holds this role yet. Use Add… to add people from the directory.</source>
        <translation>Noch niemand hat diese Rolle. Mit „Hinzufügen…“ fügen Sie Personen aus dem Verzeichnis hinzu.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Noch niemand hat diese Rolle.</translation>
    </message>
</context>
<context>
    <name>warden::RoleEditorDialog</name>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit Role — %1</source>
        <translation>Rolle bearbeiten — %1</translation>
    </message>
</context>
<context>
    <name>warden::RoleMembersModel</name>
    <message>
        <source>Disabled</source>
        <extracomment>A member&apos;s state in the directory (adjective), in the Status column.</extracomment>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>warden::SignInDialog</name>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>warden::TemporaryPasswordDialog</name>
    <message>
        <source>Give %1 this temporary password by a separate, trusted channel:</source>
        <translation>Geben Sie %1 dieses vorläufige Passwort über einen getrennten, vertrauenswürdigen Weg:</translation>
    </message>
</context>
</TS>
