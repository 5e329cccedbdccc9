<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Account</name>
    <message>
        <source>Standard account</source>
        <translation>Standard account</translation>
    </message>
    <message>
        <source>Master account</source>
        <translation>Master account</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Mail-processing account</source>
        <translation>Mail-processing account</translation>
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
        <translation>account takes list, show or create.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)
Domains: %4</source>
        <translation>%1 — %2 (%3)
Domains: %4</translation>
    </message>
    <message>
        <source>account create needs --code, --name and --kind (group or mail_processing).</source>
        <translation>account create needs --code, --name and --kind (group or mail_processing).</translation>
    </message>
    <message>
        <source>Created account %1.</source>
        <translation>Created account %1.</translation>
    </message>
</context>
<context>
    <name>AccountContactService</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>%1 is already a contact of this account.</source>
        <translation>%1 is already a contact of this account.</translation>
    </message>
    <message>
        <source>That contact no longer exists.</source>
        <translation>That contact no longer exists.</translation>
    </message>
    <message>
        <source>The contact %1 was changed by %2 at %3 — reload it and make your change again; nothing was saved.</source>
        <translation>The contact %1 was changed by %2 at %3 — reload it and make your change again; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>AccountContactsDialog</name>
    <message>
        <source>Account Contacts</source>
        <translation>Account Contacts</translation>
    </message>
    <message>
        <source>The people this account names for approvals. Only contacts of Director level or higher may approve protected-role change requests, and never their own.</source>
        <translation>The people this account names for approvals. Only contacts of Director level or higher may approve protected-role change requests, and never their own.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Email address:</translation>
    </message>
    <message>
        <source>&amp;Director level or higher (may approve protected-role changes)</source>
        <translation>&amp;Director level or higher (may approve protected-role changes)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation>&amp;Save Contact</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Account contacts</source>
        <translation>Account contacts</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>An account code has 2 to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>An account code has 2 to 32 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>The account needs a name.</translation>
    </message>
    <message>
        <source>Accounts can be nested only under a master account or a group.</source>
        <translation>Accounts can be nested only under a master account or a group.</translation>
    </message>
    <message>
        <source>Only groups and mail-processing accounts can be nested under another account.</source>
        <translation>Only groups and mail-processing accounts can be nested under another account.</translation>
    </message>
    <message>
        <source>Groups and mail-processing accounts must be nested under a master account.</source>
        <translation>Groups and mail-processing accounts must be nested under a master account.</translation>
    </message>
    <message>
        <source>Top-level accounts are created by the service provider, not from inside an account.</source>
        <translation>Top-level accounts are created by the service provider, not from inside an account.</translation>
    </message>
    <message>
        <source>The account code &quot;%1&quot; is already in use.</source>
        <translation>The account code &quot;%1&quot; is already in use.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>&quot;%1&quot; is not a valid domain name.</translation>
    </message>
    <message>
        <source>Mail-processing accounts cannot add domains; add the domain on the master account and link it.</source>
        <translation>Mail-processing accounts cannot add domains; add the domain on the master account and link it.</translation>
    </message>
    <message>
        <source>The domain %1 is already registered.</source>
        <translation>The domain %1 is already registered.</translation>
    </message>
    <message>
        <source>The domain %1 is not registered on any account.</source>
        <translation>The domain %1 is not registered on any account.</translation>
    </message>
    <message>
        <source>Domains are linked only to mail-processing accounts; %1 is a %2 account.</source>
        <translation>Domains are linked only to mail-processing accounts; %1 is a %2 account.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, which is not above %3 in the hierarchy; a domain can only be linked down its own master&apos;s tree.</source>
        <translation>%1 belongs to %2, which is not above %3 in the hierarchy; a domain can only be linked down its own master&apos;s tree.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 is already linked to %2.</translation>
    </message>
    <message>
        <source>%1 is not linked to %2.</source>
        <translation>%1 is not linked to %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The allow-list was not saved: %1</source>
        <translation>The allow-list was not saved: %1</translation>
    </message>
    <message>
        <source>The allow-list was not saved: it would lock you out, because the address you connect from (%1) is in none of its ranges. Add a range that contains it.</source>
        <translation>The allow-list was not saved: it would lock you out, because the address you connect from (%1) is in none of its ranges. Add a range that contains it.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The settings of %1 were changed by %2 at %3 — reload them and make your change again; nothing was saved.</source>
        <translation>The settings of %1 were changed by %2 at %3 — reload them and make your change again; nothing was saved.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>No such account.</source>
        <translation>No such account.</translation>
    </message>
    <message>
        <source>There is no account with the code &quot;%1&quot;.</source>
        <translation>There is no account with the code &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>AddAdminDialog</name>
    <message>
        <source>Add New Admin</source>
        <translation>Add New Admin</translation>
    </message>
    <message>
        <source>&amp;Search the directory by address or name:</source>
        <translation>&amp;Search the directory by address or name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Sign-in &amp;method:</translation>
    </message>
</context>
<context>
    <name>AddExternalAdminDialog</name>
    <message>
        <source>Add External Admin</source>
        <translation>Add External Admin</translation>
    </message>
    <message>
        <source>External Admin Permissions</source>
        <translation>External Admin Permissions</translation>
    </message>
    <message>
        <source>External admin &amp;email address:</source>
        <translation>External admin &amp;email address:</translation>
    </message>
    <message>
        <source>Select &amp;role:</source>
        <translation>Select &amp;role:</translation>
    </message>
</context>
<context>
    <name>AddUsersToRoleDialog</name>
    <message>
        <source>Add User to Role</source>
        <translation>Add User to Role</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Select all shown</translation>
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
        <translation>Password reset; the second factor is enrolled again.</translation>
    </message>
    <message>
        <source>admin takes list, add, edit, reset-password, delete, backup, rotate or reveal.</source>
        <translation>admin takes list, add, edit, reset-password, delete, backup, rotate or reveal.</translation>
    </message>
    <message>
        <source>--method is sso or local_password, not &quot;%1&quot;.</source>
        <translation>--method is sso or local_password, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not in %2&apos;s directory.</source>
        <translation>%1 is not in %2&apos;s directory.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Added.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
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
        <translation>Admin Management</translation>
    </message>
    <message>
        <source>&amp;Add New Admin…</source>
        <translation>&amp;Add New Admin…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>Reset &amp;Password…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Mark as &amp;Backup Account…</source>
        <translation>Mark as &amp;Backup Account…</translation>
    </message>
    <message>
        <source>Re&amp;veal Credential…</source>
        <translation>Re&amp;veal Credential…</translation>
    </message>
    <message>
        <source>R&amp;otate Credential…</source>
        <translation>R&amp;otate Credential…</translation>
    </message>
    <message>
        <source>A&amp;dministrators</source>
        <translation>A&amp;dministrators</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrators</translation>
    </message>
</context>
<context>
    <name>AdminService</name>
    <message>
        <source>Password and authenticator app</source>
        <translation>Password and authenticator app</translation>
    </message>
    <message>
        <source>Single sign-on (SSO)</source>
        <translation>Single sign-on (SSO)</translation>
    </message>
    <message>
        <source>%1 belongs to another account&apos;s directory; add administrators from this account&apos;s directory.</source>
        <translation>%1 belongs to another account&apos;s directory; add administrators from this account&apos;s directory.</translation>
    </message>
    <message>
        <source>%1 is disabled in the directory; enable them first.</source>
        <translation>%1 is disabled in the directory; enable them first.</translation>
    </message>
    <message>
        <source>That role belongs to another account.</source>
        <translation>That role belongs to another account.</translation>
    </message>
    <message>
        <source>%1 is already an administrator of this account (%2); use Edit to change their roles.</source>
        <translation>%1 is already an administrator of this account (%2); use Edit to change their roles.</translation>
    </message>
    <message>
        <source>The new administrator could not be read back.</source>
        <translation>The new administrator could not be read back.</translation>
    </message>
    <message>
        <source>An administrator needs at least one role; use Delete to remove %1 as an administrator.</source>
        <translation>An administrator needs at least one role; use Delete to remove %1 as an administrator.</translation>
    </message>
    <message>
        <source>%1 is a backup account, which keeps a local password to survive an identity-provider outage; unmark it as a backup first.</source>
        <translation>%1 is a backup account, which keeps a local password to survive an identity-provider outage; unmark it as a backup first.</translation>
    </message>
    <message>
        <source>The administrator could not be read back.</source>
        <translation>The administrator could not be read back.</translation>
    </message>
    <message>
        <source>%1 has no sign-in method yet; use Edit to choose one.</source>
        <translation>%1 has no sign-in method yet; use Edit to choose one.</translation>
    </message>
    <message>
        <source>%1 signs in through the identity provider (SSO) and has no Warden password to reset.</source>
        <translation>%1 signs in through the identity provider (SSO) and has no Warden password to reset.</translation>
    </message>
    <message>
        <source>%1 is a backup account: rotate its credential instead, so the keychain keeps the password.</source>
        <translation>%1 is a backup account: rotate its credential instead, so the keychain keeps the password.</translation>
    </message>
    <message>
        <source>You cannot delete yourself; ask another Super Administrator.</source>
        <translation>You cannot delete yourself; ask another Super Administrator.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be deleted. Add another Super Administrator first.</source>
        <translation>%1 is the last Super Administrator of this account and cannot be deleted. Add another Super Administrator first.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</source>
        <translation>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</translation>
    </message>
    <message>
        <source>%1 holds the protected role &quot;%2&quot;: to reset their password, file a change request for an account contact of Director level or higher to approve.</source>
        <translation>%1 holds the protected role &quot;%2&quot;: to reset their password, file a change request for an account contact of Director level or higher to approve.</translation>
    </message>
    <message>
        <source>%1 holds the protected role &quot;%2&quot;: to remove them, file a change request for an account contact of Director level or higher to approve.</source>
        <translation>%1 holds the protected role &quot;%2&quot;: to remove them, file a change request for an account contact of Director level or higher to approve.</translation>
    </message>
</context>
<context>
    <name>AdministratorStore</name>
    <message>
        <source>That user holds no role in this account.</source>
        <translation>That user holds no role in this account.</translation>
    </message>
</context>
<context>
    <name>ApplyExternalAdminDialog</name>
    <message>
        <source>Apply External Admin to Accounts</source>
        <translation>Apply External Admin to Accounts</translation>
    </message>
    <message>
        <source>Add one external administrator to every selected customer account in one step, or change their role where they are already listed. Each account is changed on its own; the results show which accounts refused and why.</source>
        <translation>Add one external administrator to every selected customer account in one step, or change their role where they are already listed. Each account is changed on its own; the results show which accounts refused and why.</translation>
    </message>
    <message>
        <source>External admin &amp;email address:</source>
        <translation>External admin &amp;email address:</translation>
    </message>
    <message>
        <source>Select &amp;role:</source>
        <translation>Select &amp;role:</translation>
    </message>
    <message>
        <source>Customer acc&amp;ounts:</source>
        <translation>Customer acc&amp;ounts:</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>Select A&amp;ll</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Select &amp;None</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Results:</translation>
    </message>
    <message>
        <source>Customer accounts</source>
        <translation>Customer accounts</translation>
    </message>
    <message>
        <source>Result per account</source>
        <translation>Result per account</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>You hold no administrator role.</source>
        <translation>You hold no administrator role.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries checked).</source>
        <translation>
            <numerusform>The audit log is intact (%n entry checked).</numerusform>
            <numerusform>The audit log is intact (%n entries checked).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with at entry %1: %2</source>
        <translation>The audit log was tampered with at entry %1: %2</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Cannot write to standard output.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <translation>audit takes list, verify, checkpoint, prove or export.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n entries, written before entries were signed, were also checked with the database key.</source>
        <translation>
            <numerusform>The first entry, written before entries were signed, was also checked with the database key.</numerusform>
            <numerusform>The first %n entries, written before entries were signed, were also checked with the database key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n entries were written before entries were signed: they are checked by the hash chain that the signed entries continue.</source>
        <translation>
            <numerusform>The first entry was written before entries were signed: it is checked by the hash chain that the signed entries continue.</numerusform>
            <numerusform>The first %n entries were written before entries were signed: they are checked by the hash chain that the signed entries continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be checked: %1</source>
        <translation>The audit log cannot be checked: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint of %n entries, Merkle root %1, signed by computer %2.</source>
        <translation>
            <numerusform>Checkpoint of %n entry, Merkle root %1, signed by computer %2.</numerusform>
            <numerusform>Checkpoint of %n entries, Merkle root %1, signed by computer %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which entry: audit prove SEQ.</source>
        <translation>Say which entry: audit prove SEQ.</translation>
    </message>
    <message>
        <source>Entry %1 (hash %2) is in the checkpoint of %3 entries (root %4):</source>
        <translation>Entry %1 (hash %2) is in the checkpoint of %3 entries (root %4):</translation>
    </message>
    <message>
        <source>The proof checks out.</source>
        <translation>The proof checks out.</translation>
    </message>
    <message>
        <source>The proof does NOT check out.</source>
        <translation>The proof does NOT check out.</translation>
    </message>
    <message>
        <source>--format takes csv or jsonl.</source>
        <translation>--format takes csv or jsonl.</translation>
    </message>
    <message>
        <source>Signatures checked: %1 (and %2 this computer had checked before). Checkpoints checked: %3. Merkle root: %4.</source>
        <translation>Signatures checked: %1 (and %2 this computer had checked before). Checkpoints checked: %3. Merkle root: %4.</translation>
    </message>
    <message>
        <source>Computers that registered their own signing key, vouched for by no other computer: %1.</source>
        <translation>Computers that registered their own signing key, vouched for by no other computer: %1.</translation>
    </message>
</context>
<context>
    <name>AuditEntryText</name>
    <message>
        <source>%1 created the role %2</source>
        <translation>%1 created the role %2</translation>
    </message>
    <message>
        <source>%1 changed the role %2</source>
        <translation>%1 changed the role %2</translation>
    </message>
    <message>
        <source>%1 deleted the role %2</source>
        <translation>%1 deleted the role %2</translation>
    </message>
    <message>
        <source>%1 added %2 to the directory</source>
        <translation>%1 added %2 to the directory</translation>
    </message>
    <message>
        <source>%1 disabled %2</source>
        <translation>%1 disabled %2</translation>
    </message>
    <message>
        <source>%1 enabled %2</source>
        <translation>%1 enabled %2</translation>
    </message>
    <message>
        <source>%1 moved %2 to this account</source>
        <translation>%1 moved %2 to this account</translation>
    </message>
    <message>
        <source>%1 changed the primary address to %2</source>
        <translation>%1 changed the primary address to %2</translation>
    </message>
    <message>
        <source>%1 changed the sign-in name (UPN) of %2</source>
        <translation>%1 changed the sign-in name (UPN) of %2</translation>
    </message>
    <message>
        <source>%1 imported users into %2</source>
        <translation>%1 imported users into %2</translation>
    </message>
    <message>
        <source>%1 made %2 an administrator</source>
        <translation>%1 made %2 an administrator</translation>
    </message>
    <message>
        <source>%1 changed the administrator %2</source>
        <translation>%1 changed the administrator %2</translation>
    </message>
    <message>
        <source>%1 deleted the administrator %2</source>
        <translation>%1 deleted the administrator %2</translation>
    </message>
    <message>
        <source>%1 reset the password of %2</source>
        <translation>%1 reset the password of %2</translation>
    </message>
    <message>
        <source>%1 made %2 a backup administrator</source>
        <translation>%1 made %2 a backup administrator</translation>
    </message>
    <message>
        <source>%1 made %2 no longer a backup administrator</source>
        <translation>%1 made %2 no longer a backup administrator</translation>
    </message>
    <message>
        <source>%1 replaced the backup credential of %2</source>
        <translation>%1 replaced the backup credential of %2</translation>
    </message>
    <message>
        <source>%1 revealed the backup credential of %2</source>
        <translation>%1 revealed the backup credential of %2</translation>
    </message>
    <message>
        <source>%1 tested the backup access of %2</source>
        <translation>%1 tested the backup access of %2</translation>
    </message>
    <message>
        <source>%1 reviewed the backup access of %2</source>
        <translation>%1 reviewed the backup access of %2</translation>
    </message>
    <message>
        <source>%1 added the external administrator %2</source>
        <translation>%1 added the external administrator %2</translation>
    </message>
    <message>
        <source>%1 changed the role of the external administrator %2</source>
        <translation>%1 changed the role of the external administrator %2</translation>
    </message>
    <message>
        <source>%1 removed the external administrator %2</source>
        <translation>%1 removed the external administrator %2</translation>
    </message>
    <message>
        <source>%1 created the partner %2</source>
        <translation>%1 created the partner %2</translation>
    </message>
    <message>
        <source>%1 delegated this account to the partner %2</source>
        <translation>%1 delegated this account to the partner %2</translation>
    </message>
    <message>
        <source>%1 revoked the delegation to the partner %2</source>
        <translation>%1 revoked the delegation to the partner %2</translation>
    </message>
    <message>
        <source>%1 added the account contact %2</source>
        <translation>%1 added the account contact %2</translation>
    </message>
    <message>
        <source>%1 changed the account contact %2</source>
        <translation>%1 changed the account contact %2</translation>
    </message>
    <message>
        <source>%1 removed the account contact %2</source>
        <translation>%1 removed the account contact %2</translation>
    </message>
    <message>
        <source>%1 filed a change request: %2</source>
        <translation>%1 filed a change request: %2</translation>
    </message>
    <message>
        <source>%1 approved a change request: %2</source>
        <translation>%1 approved a change request: %2</translation>
    </message>
    <message>
        <source>%1 rejected a change request: %2</source>
        <translation>%1 rejected a change request: %2</translation>
    </message>
    <message>
        <source>%1 cancelled a change request: %2</source>
        <translation>%1 cancelled a change request: %2</translation>
    </message>
    <message>
        <source>A change request expired: %2</source>
        <translation>A change request expired: %2</translation>
    </message>
    <message>
        <source>%1 asked for access from the computer %2</source>
        <translation>%1 asked for access from the computer %2</translation>
    </message>
    <message>
        <source>%1 could not ask for access from the computer %2</source>
        <translation>%1 could not ask for access from the computer %2</translation>
    </message>
    <message>
        <source>%1 registered the computer %2</source>
        <translation>%1 registered the computer %2</translation>
    </message>
    <message>
        <source>%1 approved the computer %2</source>
        <translation>%1 approved the computer %2</translation>
    </message>
    <message>
        <source>%1 refused the computer %2</source>
        <translation>%1 refused the computer %2</translation>
    </message>
    <message>
        <source>%1 revoked the computer %2</source>
        <translation>%1 revoked the computer %2</translation>
    </message>
    <message>
        <source>The access of the computer %2 expired</source>
        <translation>The access of the computer %2 expired</translation>
    </message>
    <message>
        <source>The computer %2 presented a different identity than approved</source>
        <translation>The computer %2 presented a different identity than approved</translation>
    </message>
    <message>
        <source>%1 rotated the database key</source>
        <translation>%1 rotated the database key</translation>
    </message>
    <message>
        <source>%1 exported a recovery kit</source>
        <translation>%1 exported a recovery kit</translation>
    </message>
    <message>
        <source>%1 restored the database key from a recovery kit</source>
        <translation>%1 restored the database key from a recovery kit</translation>
    </message>
    <message>
        <source>%2 signed in</source>
        <translation>%2 signed in</translation>
    </message>
    <message>
        <source>A sign-in as %2 failed</source>
        <translation>A sign-in as %2 failed</translation>
    </message>
    <message>
        <source>%2 enrolled a sign-in method</source>
        <translation>%2 enrolled a sign-in method</translation>
    </message>
    <message>
        <source>%1 set up Warden as its first Super Administrator</source>
        <translation>%1 set up Warden as its first Super Administrator</translation>
    </message>
    <message>
        <source>%1 created the account %2</source>
        <translation>%1 created the account %2</translation>
    </message>
    <message>
        <source>%1 changed the IP restrictions of %2</source>
        <translation>%1 changed the IP restrictions of %2</translation>
    </message>
    <message>
        <source>%1 changed who may view federated content in %2</source>
        <translation>%1 changed who may view federated content in %2</translation>
    </message>
    <message>
        <source>%1 added the domain %2</source>
        <translation>%1 added the domain %2</translation>
    </message>
    <message>
        <source>%1 linked the domain %2</source>
        <translation>%1 linked the domain %2</translation>
    </message>
    <message>
        <source>%1 unlinked the domain %2</source>
        <translation>%1 unlinked the domain %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <translation>%1 added %2 to %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 added %n people to %2</source>
        <translation>
            <numerusform>%1 added %n person to %2</numerusform>
            <numerusform>%1 added %n people to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <translation>%1 removed %2 from %3</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <extracomment>An audit entry of a kind the console has no sentence for: who, what kind, on what.</extracomment>
        <translation>%1: %2 on %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>An audit entry&apos;s sentence and the account it happened in.</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 synchronized the directory of %2</source>
        <translation>%1 synchronized the directory of %2</translation>
    </message>
    <message>
        <source>%1 changed the directory synchronization settings of %2</source>
        <translation>%1 changed the directory synchronization settings of %2</translation>
    </message>
</context>
<context>
    <name>AuditInspector</name>
    <message>
        <source>Line %1 of the export: %2</source>
        <translation>Line %1 of the export: %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Could not write the export: %1</translation>
    </message>
    <message>
        <source>The audit log has no checkpoint yet. Write one with &quot;wardenctl audit checkpoint&quot;.</source>
        <translation>The audit log has no checkpoint yet. Write one with &quot;wardenctl audit checkpoint&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 is not in the newest checkpoint, which holds entries 1 to %2. Write a newer one with &quot;wardenctl audit checkpoint&quot;.</source>
        <translation>Entry %1 is not in the newest checkpoint, which holds entries 1 to %2. Write a newer one with &quot;wardenctl audit checkpoint&quot;.</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, before its newest checkpoint (%2 entries): entries were removed. Run &quot;wardenctl audit verify&quot;.</source>
        <translation>The audit log ends at entry %1, before its newest checkpoint (%2 entries): entries were removed. Run &quot;wardenctl audit verify&quot;.</translation>
    </message>
    <message>
        <source>not a JSON object (%1).</source>
        <translation>not a JSON object (%1).</translation>
    </message>
    <message>
        <source>the fields of a &quot;%1&quot; line are not the ones it has.</source>
        <translation>the fields of a &quot;%1&quot; line are not the ones it has.</translation>
    </message>
    <message>
        <source>not a Warden audit log export (%1).</source>
        <translation>not a Warden audit log export (%1).</translation>
    </message>
    <message>
        <source>the header is missing.</source>
        <translation>the header is missing.</translation>
    </message>
    <message>
        <source>a &quot;%1&quot; line after the entries.</source>
        <translation>a &quot;%1&quot; line after the entries.</translation>
    </message>
    <message>
        <source>an unknown line type &quot;%1&quot;.</source>
        <translation>an unknown line type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the export is empty.</source>
        <translation>the export is empty.</translation>
    </message>
    <message>
        <source>the header says %1 entries; the export holds %2.</source>
        <translation>the header says %1 entries; the export holds %2.</translation>
    </message>
    <message>
        <source>the computers listed are not the ones the log registers.</source>
        <translation>the computers listed are not the ones the log registers.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing (the next entry is %2).</source>
        <translation>Entry %1 is missing (the next entry is %2).</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or entries were reordered, after it was written.</source>
        <translation>Entry %1 was changed, or entries were reordered, after it was written.</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Could not write the export: %1</translation>
    </message>
    <message>
        <source>The audit log does not end where its head record says (the newest entry is %1): entries were removed or changed. Nothing was written. Run &quot;wardenctl audit verify&quot; and restore the database from a backup.</source>
        <translation>The audit log does not end where its head record says (the newest entry is %1): entries were removed or changed. Nothing was written. Run &quot;wardenctl audit verify&quot; and restore the database from a backup.</translation>
    </message>
    <message>
        <source>This computer has no signing key for this database, so it cannot write the audit log.</source>
        <translation>This computer has no signing key for this database, so it cannot write the audit log.</translation>
    </message>
    <message>
        <source>This computer has no signing key for this database, so it cannot sign a checkpoint.</source>
        <translation>This computer has no signing key for this database, so it cannot sign a checkpoint.</translation>
    </message>
    <message>
        <source>The audit log&apos;s Merkle tree record does not match its entries. Run &quot;wardenctl audit verify&quot;.</source>
        <translation>The audit log&apos;s Merkle tree record does not match its entries. Run &quot;wardenctl audit verify&quot;.</translation>
    </message>
</context>
<context>
    <name>AuditLogWidget</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Verify Chain</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>Filter by the person or role affected</source>
        <translation>Filter by the person or role affected</translation>
    </message>
    <message>
        <source>Person or role affected</source>
        <translation>Person or role affected</translation>
    </message>
    <message>
        <source>Filter by who made the change</source>
        <translation>Filter by who made the change</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Filter by kind of change</source>
        <translation>Filter by kind of change</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Select an entry to see what it changed.</translation>
    </message>
    <message>
        <source>What the entry changed, field by field</source>
        <translation>What the entry changed, field by field</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Entry %1 is missing (the next entry is %2).</source>
        <translation>Entry %1 is missing (the next entry is %2).</translation>
    </message>
    <message>
        <source>Entry %1 appears twice or out of order.</source>
        <translation>Entry %1 appears twice or out of order.</translation>
    </message>
    <message>
        <source>Entry %1 carries no signature, but entries are signed from entry %2 on.</source>
        <translation>Entry %1 carries no signature, but entries are signed from entry %2 on.</translation>
    </message>
    <message>
        <source>Entry %1 says computer %2 wrote it, but no entry before it registered that computer&apos;s signing key.</source>
        <translation>Entry %1 says computer %2 wrote it, but no entry before it registered that computer&apos;s signing key.</translation>
    </message>
    <message>
        <source>Entry %1 is signed by computer %2, which entry %3 revoked.</source>
        <translation>Entry %1 is signed by computer %2, which entry %3 revoked.</translation>
    </message>
    <message>
        <source>Entry %1 has no hash: this log was not yet moved to signed entries. Open it once in Warden on a computer that holds its key.</source>
        <translation>Entry %1 has no hash: this log was not yet moved to signed entries. Open it once in Warden on a computer that holds its key.</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or entries were reordered, after it was written: its hash does not match.</source>
        <translation>Entry %1 was changed, or entries were reordered, after it was written: its hash does not match.</translation>
    </message>
    <message>
        <source>Entry %1 does not carry a valid signature of computer %2, which it says wrote it: it was written or changed by someone else.</source>
        <translation>Entry %1 does not carry a valid signature of computer %2, which it says wrote it: it was written or changed by someone else.</translation>
    </message>
    <message>
        <source>The log&apos;s first %1 entries are not the ones this computer saw: the history was rewritten, or this is a copy that forked from it.</source>
        <translation>The log&apos;s first %1 entries are not the ones this computer saw: the history was rewritten, or this is a copy that forked from it.</translation>
    </message>
    <message>
        <source>The log&apos;s first %1 entries are not the ones this computer checked before: the history was rewritten.</source>
        <translation>The log&apos;s first %1 entries are not the ones this computer checked before: the history was rewritten.</translation>
    </message>
    <message>
        <source>Entry %1 gives computer %2 a second signing key.</source>
        <translation>Entry %1 gives computer %2 a second signing key.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries is signed by computer %2, which the log never registered.</source>
        <translation>The checkpoint of %1 entries is signed by computer %2, which the log never registered.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries is signed by computer %2, which entry %3 revoked.</source>
        <translation>The checkpoint of %1 entries is signed by computer %2, which entry %3 revoked.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries does not carry a valid signature of computer %2.</source>
        <translation>The checkpoint of %1 entries does not carry a valid signature of computer %2.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 entries signed by computer %2 is from another history: its Merkle root is not the root of this log&apos;s first %1 entries.</source>
        <translation>The checkpoint of %1 entries signed by computer %2 is from another history: its Merkle root is not the root of this log&apos;s first %1 entries.</translation>
    </message>
    <message>
        <source>A checkpoint signed by computer %1 says this log had %2 entries; it now ends at entry %3: entries were removed.</source>
        <translation>A checkpoint signed by computer %1 says this log had %2 entries; it now ends at entry %3: entries were removed.</translation>
    </message>
    <message>
        <source>This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries were removed, or an older copy of the database was put back.</source>
        <translation>This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries were removed, or an older copy of the database was put back.</translation>
    </message>
    <message>
        <source>The log&apos;s head record does not carry a valid signature of a computer the log registered.</source>
        <translation>The log&apos;s head record does not carry a valid signature of a computer the log registered.</translation>
    </message>
    <message>
        <source>The newest entries, from entry %1 to %2, were removed.</source>
        <translation>The newest entries, from entry %1 to %2, were removed.</translation>
    </message>
    <message>
        <source>The log&apos;s head record names entry %1 with another hash: the newest entries were changed.</source>
        <translation>The log&apos;s head record names entry %1 with another hash: the newest entries were changed.</translation>
    </message>
</context>
<context>
    <name>AuditWitness</name>
    <message>
        <source>The keychain entry %1 is damaged.</source>
        <translation>The keychain entry %1 is damaged.</translation>
    </message>
    <message>
        <source>This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries were removed, or an older copy of the database was put back.</source>
        <translation>This computer has seen entry %1 of this audit log, but the log now ends at entry %2: entries were removed, or an older copy of the database was put back.</translation>
    </message>
    <message>
        <source>Entry %1 of this audit log is not the one this computer saw: the log was rewritten.</source>
        <translation>Entry %1 of this audit log is not the one this computer saw: the log was rewritten.</translation>
    </message>
    <message>
        <source>The audit checkpoint of %1 entries is not the tree this computer saw: the log was rewritten.</source>
        <translation>The audit checkpoint of %1 entries is not the tree this computer saw: the log was rewritten.</translation>
    </message>
    <message>
        <source>The audit checkpoint of %1 entries does not extend the log this computer saw: it is from another history.</source>
        <translation>The audit checkpoint of %1 entries does not extend the log this computer saw: it is from another history.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The email address, password or one-time code is not correct.</source>
        <translation>The email address, password or one-time code is not correct.</translation>
    </message>
    <message>
        <source>This database already has administrators; sign in instead.</source>
        <translation>This database already has administrators; sign in instead.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>The first account needs a code and a name.</source>
        <translation>The first account needs a code and a name.</translation>
    </message>
    <message>
        <source>That one-time code does not match. Check the authenticator app&apos;s clock and enter the current code.</source>
        <translation>That one-time code does not match. Check the authenticator app&apos;s clock and enter the current code.</translation>
    </message>
    <message>
        <source>Administrators are enrolled through Admin Management.</source>
        <translation>Administrators are enrolled through Admin Management.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 signs in through the organisation&apos;s identity provider (SSO), not with a Warden password.</source>
        <translation>%1 signs in through the organisation&apos;s identity provider (SSO), not with a Warden password.</translation>
    </message>
    <message>
        <source>That one-time code was already used. Wait for the next code and try again.</source>
        <translation>That one-time code was already used. Wait for the next code and try again.</translation>
    </message>
    <message>
        <source>This administrator is disabled.</source>
        <translation>This administrator is disabled.</translation>
    </message>
    <message>
        <source>Your account admits administrators only from its IP allow-list, and the address this console connects from is unknown.</source>
        <translation>Your account admits administrators only from its IP allow-list, and the address this console connects from is unknown.</translation>
    </message>
    <message>
        <source>Your account admits administrators only from its IP allow-list; this console connects from %1, which is not in it.</source>
        <translation>Your account admits administrators only from its IP allow-list; this console connects from %1, which is not in it.</translation>
    </message>
    <message>
        <source>%1 is already enrolled; sign in with the password and a one-time code.</source>
        <translation>%1 is already enrolled; sign in with the password and a one-time code.</translation>
    </message>
    <message>
        <source>Your sign-in details changed while you were enrolling; sign in again.</source>
        <translation>Your sign-in details changed while you were enrolling; sign in again.</translation>
    </message>
    <message>
        <source>Choose a new password; the temporary one cannot be kept.</source>
        <translation>Choose a new password; the temporary one cannot be kept.</translation>
    </message>
    <message>
        <source>Only a signed-in administrator can confirm with a code.</source>
        <translation>Only a signed-in administrator can confirm with a code.</translation>
    </message>
    <message>
        <source>Confirming needs a Warden password and an enrolled authenticator; %1 has none.</source>
        <translation>Confirming needs a Warden password and an enrolled authenticator; %1 has none.</translation>
    </message>
    <message>
        <source>The password or one-time code is not correct; nothing was done.</source>
        <translation>The password or one-time code is not correct; nothing was done.</translation>
    </message>
    <message>
        <source>This is a temporary password. Set your own password and enroll your authenticator app to finish signing in.</source>
        <translation>This is a temporary password. Set your own password and enroll your authenticator app to finish signing in.</translation>
    </message>
    <message>
        <source>Enroll your authenticator app to finish signing in.</source>
        <translation>Enroll your authenticator app to finish signing in.</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>You hold no administrator role in this account, so you cannot %1.</source>
        <translation>You hold no administrator role in this account, so you cannot %1.</translation>
    </message>
    <message>
        <source>%1s have read-only access to %2.</source>
        <translation>%1s have read-only access to %2.</translation>
    </message>
    <message>
        <source>%1s have no access to %2, so they cannot %3.</source>
        <translation>%1s have no access to %2, so they cannot %3.</translation>
    </message>
    <message>
        <source>Your roles (%1) give read-only access to %2.</source>
        <translation>Your roles (%1) give read-only access to %2.</translation>
    </message>
    <message>
        <source>Your roles (%1) give no access to %2, so you cannot %3.</source>
        <translation>Your roles (%1) give no access to %2, so you cannot %3.</translation>
    </message>
    <message>
        <source>You hold no administrator role in this account.</source>
        <translation>You hold no administrator role in this account.</translation>
    </message>
    <message>
        <source>create nested accounts</source>
        <translation>create nested accounts</translation>
    </message>
    <message>
        <source>change account settings</source>
        <translation>change account settings</translation>
    </message>
    <message>
        <source>see the internal directory</source>
        <translation>see the internal directory</translation>
    </message>
    <message>
        <source>change the internal directory</source>
        <translation>change the internal directory</translation>
    </message>
    <message>
        <source>manage administrators</source>
        <translation>manage administrators</translation>
    </message>
    <message>
        <source>see the audit log</source>
        <translation>see the audit log</translation>
    </message>
    <message>
        <source>change roles</source>
        <translation>change roles</translation>
    </message>
    <message>
        <source>Your roles cannot manage roles (role management level: %1).</source>
        <translation>Your roles cannot manage roles (role management level: %1).</translation>
    </message>
    <message>
        <source>The Super Administrator role cannot be edited or deleted.</source>
        <translation>The Super Administrator role cannot be edited or deleted.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role; built-in roles cannot be renamed, edited or deleted. Copy it to make a custom role.</source>
        <translation>&quot;%1&quot; is a built-in role; built-in roles cannot be renamed, edited or deleted. Copy it to make a custom role.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protected role: changes to it require a change request approved by an account contact of Director level or higher.</source>
        <translation>&quot;%1&quot; is a protected role: changes to it require a change request approved by an account contact of Director level or higher.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a protected role; only administrators with the Protected Roles management level may request changes to it.</source>
        <translation>&quot;%1&quot; is a protected role; only administrators with the Protected Roles management level may request changes to it.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; grants %2, which you do not hold yourself; nobody can grant more than they have.</source>
        <translation>&quot;%1&quot; grants %2, which you do not hold yourself; nobody can grant more than they have.</translation>
    </message>
    <message>
        <source>You hold no administrator role.</source>
        <translation>You hold no administrator role.</translation>
    </message>
    <message>
        <source>This account no longer delegates administration to your partner organisation.</source>
        <translation>This account no longer delegates administration to your partner organisation.</translation>
    </message>
    <message>
        <source>This account only admits administrators from its IP allow-list, and the address you connect from is unknown.</source>
        <translation>This account only admits administrators from its IP allow-list, and the address you connect from is unknown.</translation>
    </message>
    <message>
        <source>This account only admits administrators from its IP allow-list; your address %1 is not in it.</source>
        <translation>This account only admits administrators from its IP allow-list; your address %1 is not in it.</translation>
    </message>
    <message>
        <source>see external administrators</source>
        <translation>see external administrators</translation>
    </message>
    <message>
        <source>manage external administrators</source>
        <translation>manage external administrators</translation>
    </message>
    <message>
        <source>change the account hierarchy</source>
        <translation>change the account hierarchy</translation>
    </message>
    <message>
        <source>import users</source>
        <translation>import users</translation>
    </message>
    <message>
        <source>see the administrators&apos; health</source>
        <translation>see the administrators&apos; health</translation>
    </message>
    <message>
        <source>see directory synchronization</source>
        <translation>see directory synchronization</translation>
    </message>
    <message>
        <source>configure directory synchronization</source>
        <translation>configure directory synchronization</translation>
    </message>
    <message>
        <source>run directory synchronization</source>
        <translation>run directory synchronization</translation>
    </message>
</context>
<context>
    <name>BackupCredentialService</name>
    <message>
        <source>%1 is not a backup account; only backup accounts keep a credential in the keychain.</source>
        <translation>%1 is not a backup account; only backup accounts keep a credential in the keychain.</translation>
    </message>
    <message>
        <source>The keychain holds no credential for %1. Rotate it to store a new one.</source>
        <translation>The keychain holds no credential for %1. Rotate it to store a new one.</translation>
    </message>
    <message>
        <source>%1 is not a backup account; mark it as one first.</source>
        <translation>%1 is not a backup account; mark it as one first.</translation>
    </message>
</context>
<context>
    <name>BuiltInRoles</name>
    <message>
        <source>Full access including protected content and role management; creates Super and Full Administrators and resets their passwords.</source>
        <translation>Full access including protected content and role management; creates Super and Full Administrators and resets their passwords.</translation>
    </message>
    <message>
        <source>High-level privileges including content view, delegate mailbox, message export and retention adjustments; no Admin Management.</source>
        <translation>High-level privileges including content view, delegate mailbox, message export and retention adjustments; no Admin Management.</translation>
    </message>
    <message>
        <source>Read and write access to every application area, without protected permissions.</source>
        <translation>Read and write access to every application area, without protected permissions.</translation>
    </message>
    <message>
        <source>Track and trace, user settings and service connections; read-only policies and roles.</source>
        <translation>Track and trace, user settings and service connections; read-only policies and roles.</translation>
    </message>
    <message>
        <source>Read access to policies, track and trace, service connections and user settings.</source>
        <translation>Read access to policies, track and trace, service connections and user settings.</translation>
    </message>
    <message>
        <source>Archive search with content view, message export and retention adjustments.</source>
        <translation>Archive search with content view, message export and retention adjustments.</translation>
    </message>
    <message>
        <source>Manages Synchronization Engine sites.</source>
        <translation>Manages Synchronization Engine sites.</translation>
    </message>
    <message>
        <source>Full privileges of a Basic Administrator plus delegate mailbox access; for partner (MSP) administrators only.</source>
        <translation>Full privileges of a Basic Administrator plus delegate mailbox access; for partner (MSP) administrators only.</translation>
    </message>
    <message>
        <source>Manages the account hierarchy, internal domains, imports with account codes and inherited policies; cannot take email-security actions or see mail flow.</source>
        <translation>Manages the account hierarchy, internal domains, imports with account codes and inherited policies; cannot take email-security actions or see mail flow.</translation>
    </message>
    <message>
        <source>Read-only everywhere on the master and nested accounts; directory import, user home location and directory synchronization.</source>
        <translation>Read-only everywhere on the master and nested accounts; directory import, user home location and directory synchronization.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestService</name>
    <message>
        <source>Add to protected role</source>
        <translation>Add to protected role</translation>
    </message>
    <message>
        <source>Remove from protected role</source>
        <translation>Remove from protected role</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Turn federated content view on</source>
        <translation>Turn federated content view on</translation>
    </message>
    <message>
        <source>Turn federated content view off</source>
        <translation>Turn federated content view off</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>Only administrators with the Protected Roles management level may request protected-role changes.</source>
        <translation>Only administrators with the Protected Roles management level may request protected-role changes.</translation>
    </message>
    <message>
        <source>Change request %1 does not exist.</source>
        <translation>Change request %1 does not exist.</translation>
    </message>
    <message>
        <source>Federated content view is already on for %1.</source>
        <translation>Federated content view is already on for %1.</translation>
    </message>
    <message>
        <source>Federated content view is already off for %1.</source>
        <translation>Federated content view is already off for %1.</translation>
    </message>
    <message>
        <source>%1 is not in this account&apos;s directory.</source>
        <translation>%1 is not in this account&apos;s directory.</translation>
    </message>
    <message>
        <source>%1 holds no protected role here; reset their password in Admin Management.</source>
        <translation>%1 holds no protected role here; reset their password in Admin Management.</translation>
    </message>
    <message>
        <source>%1 is a backup account; rotate its credential instead.</source>
        <translation>%1 is a backup account; rotate its credential instead.</translation>
    </message>
    <message>
        <source>%1 signs in through the identity provider (SSO) and has no Warden password.</source>
        <translation>%1 signs in through the identity provider (SSO) and has no Warden password.</translation>
    </message>
    <message>
        <source>That role belongs to another account.</source>
        <translation>That role belongs to another account.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a protected role; change its members directly.</source>
        <translation>&quot;%1&quot; is not a protected role; change its members directly.</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot;.</source>
        <translation>%1 already holds &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is disabled in the directory.</source>
        <translation>%1 is disabled in the directory.</translation>
    </message>
    <message>
        <source>Choose how the new administrator signs in.</source>
        <translation>Choose how the new administrator signs in.</translation>
    </message>
    <message>
        <source>%1 does not hold &quot;%2&quot;.</source>
        <translation>%1 does not hold &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</source>
        <translation>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</translation>
    </message>
    <message numerus="yes">
        <source>Say why the change is needed (at least %n characters): the approver decides on it.</source>
        <translation>
            <numerusform>Say why the change is needed (at least %n character): the approver decides on it.</numerusform>
            <numerusform>Say why the change is needed (at least %n characters): the approver decides on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same change is already requested (request %1) and waiting for approval.</source>
        <translation>The same change is already requested (request %1) and waiting for approval.</translation>
    </message>
    <message>
        <source>Request %1 expired on %2 without a decision; file a new one if the change is still needed.</source>
        <translation>Request %1 expired on %2 without a decision; file a new one if the change is still needed.</translation>
    </message>
    <message>
        <source>Request %1 was already %2 by %3 at %4.</source>
        <translation>Request %1 was already %2 by %3 at %4.</translation>
    </message>
    <message>
        <source>You filed this request; a different person must approve or reject it.</source>
        <translation>You filed this request; a different person must approve or reject it.</translation>
    </message>
    <message>
        <source>Only the account&apos;s contacts of Director level or higher may decide protected-role changes, and %1 is not a contact of this account.</source>
        <translation>Only the account&apos;s contacts of Director level or higher may decide protected-role changes, and %1 is not a contact of this account.</translation>
    </message>
    <message>
        <source>Only the account&apos;s contacts of Director level or higher may decide protected-role changes; %1 is recorded as &quot;%2&quot;, below Director.</source>
        <translation>Only the account&apos;s contacts of Director level or higher may decide protected-role changes; %1 is recorded as &quot;%2&quot;, below Director.</translation>
    </message>
    <message>
        <source>Request %1 changed meanwhile.</source>
        <translation>Request %1 changed meanwhile.</translation>
    </message>
    <message>
        <source>The change can no longer be applied, so the request stays pending: %1</source>
        <translation>The change can no longer be applied, so the request stays pending: %1</translation>
    </message>
    <message>
        <source>Say why the request is rejected; the requester sees it.</source>
        <translation>Say why the request is rejected; the requester sees it.</translation>
    </message>
    <message>
        <source>Only the person who filed a request can withdraw it.</source>
        <translation>Only the person who filed a request can withdraw it.</translation>
    </message>
</context>
<context>
    <name>ChangeRequestsDialog</name>
    <message>
        <source>Change Requests</source>
        <translation>Change Requests</translation>
    </message>
    <message>
        <source>&amp;New Request…</source>
        <translation>&amp;New Request…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Account &amp;Contacts…</source>
        <translation>Account &amp;Contacts…</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Change requests</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Unknown log level &quot;%1&quot; (trace, debug, info, warn, error, critical, off).</source>
        <translation>Unknown log level &quot;%1&quot; (trace, debug, info, warn, error, critical, off).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no option &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; takes no option &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Name the account with --account CODE.</source>
        <translation>Name the account with --account CODE.</translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation>Name the role.</translation>
    </message>
    <message>
        <source>Confirm with your password: </source>
        <translation>Confirm with your password: </translation>
    </message>
    <message>
        <source>And a new one-time code: </source>
        <translation>And a new one-time code: </translation>
    </message>
    <message>
        <source>Temporary password for %1 (shown once; they set their own and enroll an authenticator at first sign-in): %2</source>
        <translation>Temporary password for %1 (shown once; they set their own and enroll an authenticator at first sign-in): %2</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Say who you are with --as EMAIL.</source>
        <translation>Say who you are with --as EMAIL.</translation>
    </message>
    <message>
        <source>Scan this QR code with an authenticator app, or enter the secret by hand:</source>
        <translation>Scan this QR code with an authenticator app, or enter the secret by hand:</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Secret: %1</translation>
    </message>
    <message>
        <source>Warning: %1 Run &quot;wardenctl audit verify&quot;.</source>
        <translation>Warning: %1 Run &quot;wardenctl audit verify&quot;.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>One-time code: </source>
        <translation>One-time code: </translation>
    </message>
    <message>
        <source>Run &quot;wardenctl --as %1 enroll&quot;.</source>
        <translation>Run &quot;wardenctl --as %1 enroll&quot;.</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Database password: </translation>
    </message>
</context>
<context>
    <name>CliUsage</name>
    <message>
        <source>Usage: wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] [--log-level LEVEL]
                 [--client-address IP] &lt;command&gt; [arguments]</source>
        <extracomment>wardenctl usage: the first lines; option names and placeholders stay in English.</extracomment>
        <translation>Usage: wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] [--log-level LEVEL]
                 [--client-address IP] &lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <extracomment>wardenctl usage: the heading above the list of commands.</extracomment>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.
Exit codes: 0 ok, 1 refused (permission, sign-in, change request needed, or a rule such as the last
Super Administrator), 2 bad input, 3 storage or keychain error, 4 health failing,
5 directory server unreachable or refused.</source>
        <extracomment>wardenctl usage: where the password and code come from, and the exit codes.</extracomment>
        <translation>The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.
Exit codes: 0 ok, 1 refused (permission, sign-in, change request needed, or a rule such as the last
Super Administrator), 2 bad input, 3 storage or keychain error, 4 health failing,
5 directory server unreachable or refused.</translation>
    </message>
</context>
<context>
    <name>ComputerAccess</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>The email address or password is not correct.</source>
        <translation>The email address or password is not correct.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This administrator is disabled.</source>
        <translation>This administrator is disabled.</translation>
    </message>
    <message>
        <source>%1 holds no admin role. Only administrators can ask for access to the database.</source>
        <translation>%1 holds no admin role. Only administrators can ask for access to the database.</translation>
    </message>
    <message>
        <source>This computer already asked to join (request #%1, fingerprint %2). Wait for an administrator to approve it.</source>
        <translation>This computer already asked to join (request #%1, fingerprint %2). Wait for an administrator to approve it.</translation>
    </message>
    <message>
        <source>This computer was already approved (#%1); open the database and sign in.</source>
        <translation>This computer was already approved (#%1); open the database and sign in.</translation>
    </message>
    <message>
        <source>%1 already has a request waiting for approval (#%2). Wait for it, or ask an administrator to refuse it first.</source>
        <translation>%1 already has a request waiting for approval (#%2). Wait for it, or ask an administrator to refuse it first.</translation>
    </message>
    <message>
        <source>This computer has not asked to join this database.</source>
        <translation>This computer has not asked to join this database.</translation>
    </message>
    <message>
        <source>This computer already holds this database&apos;s key.</source>
        <translation>This computer already holds this database&apos;s key.</translation>
    </message>
    <message>
        <source>This recovery kit holds an earlier key of this database: the key was rotated after the kit was made. Use a kit exported after the last rotation.</source>
        <translation>This recovery kit holds an earlier key of this database: the key was rotated after the kit was made. Use a kit exported after the last rotation.</translation>
    </message>
    <message>
        <source>recovery kit</source>
        <translation>recovery kit</translation>
    </message>
</context>
<context>
    <name>ComputerIdentity</name>
    <message>
        <source>The keychain entry %1 is damaged.</source>
        <translation>The keychain entry %1 is damaged.</translation>
    </message>
    <message>
        <source>The database key sealed to this computer is damaged.</source>
        <translation>The database key sealed to this computer is damaged.</translation>
    </message>
    <message>
        <source>The database key sealed to this computer does not open with this computer&apos;s key.</source>
        <translation>The database key sealed to this computer does not open with this computer&apos;s key.</translation>
    </message>
</context>
<context>
    <name>ComputerService</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>There is no computer or request #%1.</source>
        <translation>There is no computer or request #%1.</translation>
    </message>
    <message>
        <source>You need Admin Management in an account where %1 holds a role (or in their own or partner&apos;s home account) to decide about their computers.</source>
        <translation>You need Admin Management in an account where %1 holds a role (or in their own or partner&apos;s home account) to decide about their computers.</translation>
    </message>
    <message>
        <source>this computer&apos;s administrator</source>
        <translation>this computer&apos;s administrator</translation>
    </message>
    <message>
        <source>You cannot decide about your own computer&apos;s request; another administrator must compare the fingerprint with you and approve it.</source>
        <translation>You cannot decide about your own computer&apos;s request; another administrator must compare the fingerprint with you and approve it.</translation>
    </message>
    <message>
        <source>Request #%1 expired; the computer must ask again.</source>
        <translation>Request #%1 expired; the computer must ask again.</translation>
    </message>
    <message>
        <source>Request #%1 was already decided: %2.</source>
        <translation>Request #%1 was already decided: %2.</translation>
    </message>
    <message>
        <source>That fingerprint is not the one of request #%1. Nothing was approved: compare it again, digit by digit, with the person at that computer.</source>
        <translation>That fingerprint is not the one of request #%1. Nothing was approved: compare it again, digit by digit, with the person at that computer.</translation>
    </message>
    <message>
        <source>Request #%1 was decided by someone else, or expired, meanwhile.</source>
        <translation>Request #%1 was decided by someone else, or expired, meanwhile.</translation>
    </message>
    <message>
        <source>Request #%1 is not waiting for a decision: %2.</source>
        <translation>Request #%1 is not waiting for a decision: %2.</translation>
    </message>
    <message>
        <source>database key</source>
        <translation>database key</translation>
    </message>
    <message>
        <source>Computer #%1 is not approved (%2); there is nothing to revoke.</source>
        <translation>Computer #%1 is not approved (%2); there is nothing to revoke.</translation>
    </message>
    <message>
        <source>Computer #%1 was revoked by someone else meanwhile.</source>
        <translation>Computer #%1 was revoked by someone else meanwhile.</translation>
    </message>
    <message>
        <source>Only a Super Administrator of a top-level account may rotate or export the database key.</source>
        <translation>Only a Super Administrator of a top-level account may rotate or export the database key.</translation>
    </message>
    <message>
        <source>This is the computer you are using; revoke it from another approved computer.</source>
        <translation>This is the computer you are using; revoke it from another approved computer.</translation>
    </message>
    <message>
        <source>This computer is not approved for this database.</source>
        <translation>This computer is not approved for this database.</translation>
    </message>
</context>
<context>
    <name>ComputersPanel</name>
    <message>
        <source>Computers that hold this database&apos;s key, and requests to join. Compare a request&apos;s fingerprint with the person at that computer (by phone or in person) before you approve it. Revoking a computer rotates the database key for everyone else.</source>
        <translation>Computers that hold this database&apos;s key, and requests to join. Compare a request&apos;s fingerprint with the person at that computer (by phone or in person) before you approve it. Revoking a computer rotates the database key for everyone else.</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprove…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuse…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>Computers with access to the database</source>
        <translation>Computers with access to the database</translation>
    </message>
</context>
<context>
    <name>ConfirmIdentityDialog</name>
    <message>
        <source>Confirm It Is You</source>
        <translation>Confirm It Is You</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
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
        <translation>contact takes list, set or remove.</translation>
    </message>
    <message>
        <source>  (approves)</source>
        <translation>  (approves)</translation>
    </message>
    <message>
        <source>%1 is not a contact of this account.</source>
        <translation>%1 is not a contact of this account.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>the record is longer than %1 KiB; this does not look like a directory CSV file.</source>
        <translation>the record is longer than %1 KiB; this does not look like a directory CSV file.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8 and try again.</source>
        <translation>the text is not valid UTF-8; save the file as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>a quote (&quot;) inside an unquoted field; quote the whole field and double the quote.</source>
        <translation>a quote (&quot;) inside an unquoted field; quote the whole field and double the quote.</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote.</source>
        <translation>unexpected text after a closing quote.</translation>
    </message>
    <message>
        <source>a quoted field is never closed (missing &quot;).</source>
        <translation>a quoted field is never closed (missing &quot;).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>The Qt SQL driver %1 is not installed (Debian package %2).</translation>
    </message>
    <message>
        <source>Not a PostgreSQL URL: expected postgresql://user@host:port/database.</source>
        <translation>Not a PostgreSQL URL: expected postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>The database file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The database %1 is read-only for you (Warden writes every sign-in to the audit log). Check the permissions of the file and its folder.</source>
        <translation>The database %1 is read-only for you (Warden writes every sign-in to the audit log). Check the permissions of the file and its folder.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close it or try again in a moment; nothing was changed.</source>
        <translation>The database is locked by another program. Close it or try again in a moment; nothing was changed.</translation>
    </message>
    <message>
        <source>The database is read-only. Check the file&apos;s permissions; nothing was changed.</source>
        <translation>The database is read-only. Check the file&apos;s permissions; nothing was changed.</translation>
    </message>
    <message>
        <source>The file is not a Warden database (or it is damaged).</source>
        <translation>The file is not a Warden database (or it is damaged).</translation>
    </message>
    <message>
        <source>That entry already exists; nothing was changed.</source>
        <translation>That entry already exists; nothing was changed.</translation>
    </message>
    <message>
        <source>The database reported an error while %1: %2</source>
        <translation>The database reported an error while %1: %2</translation>
    </message>
    <message>
        <source>The database server %1 refused the password for %2 (or needs one).</source>
        <translation>The database server %1 refused the password for %2 (or needs one).</translation>
    </message>
    <message>
        <source>Cannot reach the database server: %1</source>
        <translation>Cannot reach the database server: %1</translation>
    </message>
    <message>
        <source>The database is busy with another console&apos;s change. Try again in a moment; nothing was changed.</source>
        <translation>The database is busy with another console&apos;s change. Try again in a moment; nothing was changed.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Warden reconnects by itself; try again in a moment.</source>
        <translation>The connection to the database server was lost. Warden reconnects by itself; try again in a moment.</translation>
    </message>
    <message>
        <source>The database connection does not offer COPY.</source>
        <translation>The database connection does not offer COPY.</translation>
    </message>
</context>
<context>
    <name>DatabaseSecrets</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium could not be initialised.</translation>
    </message>
    <message>
        <source>The keychain entry %1 is damaged.</source>
        <translation>The keychain entry %1 is damaged.</translation>
    </message>
    <message>
        <source>A sealed secret in the database does not open with this keychain&apos;s key.</source>
        <translation>A sealed secret in the database does not open with this keychain&apos;s key.</translation>
    </message>
    <message>
        <source>This computer&apos;s request #%1 (fingerprint %2) is waiting for an administrator&apos;s approval.</source>
        <translation>This computer&apos;s request #%1 (fingerprint %2) is waiting for an administrator&apos;s approval.</translation>
    </message>
    <message>
        <source>This computer&apos;s request #%1 expired before anyone approved it. Request access again.</source>
        <translation>This computer&apos;s request #%1 expired before anyone approved it. Request access again.</translation>
    </message>
    <message>
        <source>This computer&apos;s request #%1 was refused by %2 on %3.</source>
        <translation>This computer&apos;s request #%1 was refused by %2 on %3.</translation>
    </message>
    <message>
        <source>This computer&apos;s access to the database was revoked by %1 on %2.</source>
        <translation>This computer&apos;s access to the database was revoked by %1 on %2.</translation>
    </message>
    <message>
        <source>This computer (#%1) is approved, but the database key was not sealed to it. Ask an administrator to revoke it and approve a new request.</source>
        <translation>This computer (#%1) is approved, but the database key was not sealed to it. Ask an administrator to revoke it and approve a new request.</translation>
    </message>
    <message>
        <source>This computer holds no key for this database. Request access from this computer (in Warden, or with &quot;wardenctl --db DATABASE --as EMAIL device request&quot;), or restore a recovery kit (&quot;wardenctl --db DATABASE key import FILE&quot;).</source>
        <translation>This computer holds no key for this database. Request access from this computer (in Warden, or with &quot;wardenctl --db DATABASE --as EMAIL device request&quot;), or restore a recovery kit (&quot;wardenctl --db DATABASE key import FILE&quot;).</translation>
    </message>
    <message>
        <source>The database key sealed to this computer is damaged.</source>
        <translation>The database key sealed to this computer is damaged.</translation>
    </message>
    <message>
        <source>The earlier database key %1 does not open with the key after it.</source>
        <translation>The earlier database key %1 does not open with the key after it.</translation>
    </message>
    <message>
        <source>The database key %1 is not among this database&apos;s keys.</source>
        <translation>The database key %1 is not among this database&apos;s keys.</translation>
    </message>
</context>
<context>
    <name>DemoCodeCommand</name>
    <message>
        <source>  demo-code EMAIL    print the current code of a demo administrator (secret from the keychain)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  demo-code EMAIL    print the current code of a demo administrator (secret from the keychain)</translation>
    </message>
    <message>
        <source>%1 is not a demo administrator of this database.</source>
        <translation>%1 is not a demo administrator of this database.</translation>
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
        <translation>--users takes a number from 10 to 2000000.</translation>
    </message>
    <message>
        <source>Demo database ready at %1.</source>
        <translation>Demo database ready at %1.</translation>
    </message>
    <message>
        <source>Every demo administrator&apos;s password is: %1</source>
        <translation>Every demo administrator&apos;s password is: %1</translation>
    </message>
    <message>
        <source>One-time codes: wardenctl totp-code SECRET, or add the secret to an authenticator app.</source>
        <translation>One-time codes: wardenctl totp-code SECRET, or add the secret to an authenticator app.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo needs an empty database; this one already has administrators.</source>
        <translation>The demo needs an empty database; this one already has administrators.</translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Joins the incident response team and needs message content for investigations.</source>
        <translation>Joins the incident response team and needs message content for investigations.</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <source>  device request [--name NAME] (with --as EMAIL) | status | list [--pending]
       | approve ID --fingerprint CODE [--confirm-otp CODE] | refuse ID | revoke ID [--confirm-otp CODE]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  device request [--name NAME] (with --as EMAIL) | status | list [--pending]
       | approve ID --fingerprint CODE [--confirm-otp CODE] | refuse ID | revoke ID [--confirm-otp CODE]</translation>
    </message>
    <message>
        <source>device takes request, status, list, approve, refuse or revoke.</source>
        <translation>device takes request, status, list, approve, refuse or revoke.</translation>
    </message>
    <message>
        <source>Name the computer or request by its number.</source>
        <translation>Name the computer or request by its number.</translation>
    </message>
    <message>
        <source>This computer already holds the database key; sign in instead.</source>
        <translation>This computer already holds the database key; sign in instead.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Request #%1 filed; it expires in 24 hours.
Fingerprint: %2
Read the fingerprint to the administrator who approves it (by phone or in person), then run &quot;wardenctl --db DATABASE device status&quot;.</source>
        <translation>Request #%1 filed; it expires in 24 hours.
Fingerprint: %2
Read the fingerprint to the administrator who approves it (by phone or in person), then run &quot;wardenctl --db DATABASE device status&quot;.</translation>
    </message>
    <message>
        <source>Request #%1 (%2, fingerprint %3): %4</source>
        <translation>Request #%1 (%2, fingerprint %3): %4</translation>
    </message>
    <message>
        <source>Approved by %1 on %2. Sign in on this computer with your password and a one-time code.</source>
        <translation>Approved by %1 on %2. Sign in on this computer with your password and a one-time code.</translation>
    </message>
    <message>
        <source>By %1 on %2.</source>
        <translation>By %1 on %2.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Give the fingerprint the requester reads to you: --fingerprint CODE.</source>
        <translation>Give the fingerprint the requester reads to you: --fingerprint CODE.</translation>
    </message>
    <message>
        <source>Computer #%1 approved; the database key is sealed to it.</source>
        <translation>Computer #%1 approved; the database key is sealed to it.</translation>
    </message>
    <message>
        <source>Request #%1 refused.</source>
        <translation>Request #%1 refused.</translation>
    </message>
    <message>
        <source>Computer #%1 revoked. The database key was rotated; the other computers take the new key up at their next start or sign-in.</source>
        <translation>Computer #%1 revoked. The database key was rotated; the other computers take the new key up at their next start or sign-in.</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>%1 is not in one of this account&apos;s internal domains (%2).</source>
        <translation>%1 is not in one of this account&apos;s internal domains (%2).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>%1 appears more than once.</source>
        <translation>%1 appears more than once.</translation>
    </message>
    <message>
        <source>%1 is already in the directory.</source>
        <translation>%1 is already in the directory.</translation>
    </message>
    <message>
        <source>No users were added: %1</source>
        <translation>No users were added: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problems)</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be disabled.</source>
        <translation>%1 is the last Super Administrator of this account and cannot be disabled.</translation>
    </message>
    <message>
        <source>Changing the address would remove %1: %2</source>
        <translation>Changing the address would remove %1: %2</translation>
    </message>
    <message>
        <source>Changing the primary address removes these admin roles: %1. Confirm to go ahead.</source>
        <translation>Changing the primary address removes these admin roles: %1. Confirm to go ahead.</translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>%1 is not in the internal directory.</source>
        <translation>%1 is not in the internal directory.</translation>
    </message>
</context>
<context>
    <name>DirectorySyncDialog</name>
    <message>
        <source>Directory Synchronization</source>
        <translation>Directory Synchronization</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Server &amp;kind:</source>
        <translation>Server &amp;kind:</translation>
    </message>
    <message>
        <source>&amp;LDAP server:</source>
        <translation>&amp;LDAP server:</translation>
    </message>
    <message>
        <source>ldaps://dc1.example.com</source>
        <translation>ldaps://dc1.example.com</translation>
    </message>
    <message>
        <source>Use &amp;StartTLS (ldap:// addresses)</source>
        <translation>Use &amp;StartTLS (ldap:// addresses)</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA file:</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CAs</source>
        <translation>The system&apos;s trusted CAs</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation>&amp;Bind DN:</translation>
    </message>
    <message>
        <source>CN=warden-sync,OU=Service Accounts,DC=example,DC=com</source>
        <translation>CN=warden-sync,OU=Service Accounts,DC=example,DC=com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Base &amp;DN:</source>
        <translation>Base &amp;DN:</translation>
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
        <translation>Attributes and scope</translation>
    </message>
    <message>
        <source>Primary &amp;address:</source>
        <translation>Primary &amp;address:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Display &amp;name:</translation>
    </message>
    <message>
        <source>&amp;UPN:</source>
        <translation>&amp;UPN:</translation>
    </message>
    <message>
        <source>D&amp;isabled:</source>
        <translation>D&amp;isabled:</translation>
    </message>
    <message>
        <source>userAccountControl: Active Directory&apos;s flag (bit 2). Another attribute: TRUE, yes, 1 or &quot;disabled&quot; marks a disabled person. Empty: the directory disables nobody.</source>
        <translation>userAccountControl: Active Directory&apos;s flag (bit 2). Another attribute: TRUE, yes, 1 or &quot;disabled&quot; marks a disabled person. Empty: the directory disables nobody.</translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation>D&amp;omains:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message>
        <source> min while a console is open</source>
        <translation> min while a console is open</translation>
    </message>
    <message>
        <source>Only when asked</source>
        <translation>Only when asked</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>What the last run found</source>
        <translation>What the last run found</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Test Connection</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>P&amp;review</translation>
    </message>
    <message>
        <source>S&amp;ync All</source>
        <translation>S&amp;ync All</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Read the w&amp;hole directory</source>
        <translation>Read the w&amp;hole directory</translation>
    </message>
    <message>
        <source>A full run: finds the people who left the directory (incremental runs read only what changed)</source>
        <translation>A full run: finds the people who left the directory (incremental runs read only what changed)</translation>
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
        <translation>domain needs add, link or unlink.</translation>
    </message>
    <message>
        <source>Done: %1 %2 %3.</source>
        <translation>Done: %1 %2 %3.</translation>
    </message>
</context>
<context>
    <name>EditAdminDialog</name>
    <message>
        <source>Edit Admin</source>
        <translation>Edit Admin</translation>
    </message>
    <message>
        <source>&amp;Roles held in this account:</source>
        <translation>&amp;Roles held in this account:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Sign-in &amp;method:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>  enroll   first sign-in with a temporary password: set your own (WARDEN_NEW_PASSWORD or
           prompted twice) and enroll an authenticator app (QR code, then --otp or a prompt)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  enroll   first sign-in with a temporary password: set your own (WARDEN_NEW_PASSWORD or
           prompted twice) and enroll an authenticator app (QR code, then --otp or a prompt)</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>Temporary password for %1: </translation>
    </message>
    <message>
        <source>Choose your password: </source>
        <translation>Choose your password: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>The same password again: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>The two passwords differ; nothing was changed.</translation>
    </message>
    <message>
        <source>One-time code from the app: </source>
        <translation>One-time code from the app: </translation>
    </message>
    <message>
        <source>%1 is enrolled: sign in with your new password and a code from the app.</source>
        <translation>%1 is enrolled: sign in with your new password and a code from the app.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <source>Finish Signing In</source>
        <translation>Finish Signing In</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app (it is new: an earlier enrollment no longer works), then enter the code it shows.</source>
        <translation>Scan this code with your authenticator app (it is new: an earlier enrollment no longer works), then enter the code it shows.</translation>
    </message>
    <message>
        <source>Or type this secret:</source>
        <translation>Or type this secret:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>Secret key for the authenticator app</source>
        <translation>Secret key for the authenticator app</translation>
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
        <translation>external-admin needs list, add, change-role, remove or apply.</translation>
    </message>
    <message>
        <source>external-admin apply needs --accounts A,B,C --role ROLE EMAIL.</source>
        <translation>external-admin apply needs --accounts A,B,C --role ROLE EMAIL.</translation>
    </message>
    <message>
        <source>external-admin %1 needs --account C --role ROLE EMAIL.</source>
        <translation>external-admin %1 needs --account C --role ROLE EMAIL.</translation>
    </message>
    <message>
        <source>%1 is an external administrator of %2 as %3.</source>
        <translation>%1 is an external administrator of %2 as %3.</translation>
    </message>
    <message>
        <source>%1 is no longer an external administrator of %2.</source>
        <translation>%1 is no longer an external administrator of %2.</translation>
    </message>
</context>
<context>
    <name>ExternalAdminsDialog</name>
    <message>
        <source>Manage External Administrators</source>
        <translation>Manage External Administrators</translation>
    </message>
    <message>
        <source>&amp;Add External Admin…</source>
        <translation>&amp;Add External Admin…</translation>
    </message>
    <message>
        <source>&amp;Change Role…</source>
        <translation>&amp;Change Role…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>External administrators</source>
        <translation>External administrators</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up Warden</source>
        <translation>Set up Warden</translation>
    </message>
    <message>
        <source>This database has no administrators yet. Create the account and its first Super Administrator. You will need an authenticator app for the second factor.</source>
        <translation>This database has no administrators yet. Create the account and its first Super Administrator. You will need an authenticator app for the second factor.</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Account &amp;name:</translation>
    </message>
    <message>
        <source>Account &amp;code:</source>
        <translation>Account &amp;code:</translation>
    </message>
    <message>
        <source>e.g. ACME</source>
        <translation>e.g. ACME</translation>
    </message>
    <message>
        <source>Your &amp;email address:</source>
        <translation>Your &amp;email address:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app, then enter the six-digit code it shows.</source>
        <translation>Scan this code with your authenticator app, then enter the six-digit code it shows.</translation>
    </message>
    <message>
        <source>Or type this secret:</source>
        <translation>Or type this secret:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
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
        <translation>health needs report (the default), record-test or record-review.</translation>
    </message>
    <message>
        <source>health record-test needs --account C --admin EMAIL --login pass|fail --mfa pass|fail --permissions pass|fail [--notes TEXT].</source>
        <translation>health record-test needs --account C --admin EMAIL --login pass|fail --mfa pass|fail --permissions pass|fail [--notes TEXT].</translation>
    </message>
    <message>
        <source>Recorded for %1.</source>
        <translation>Recorded for %1.</translation>
    </message>
    <message>
        <source>You may not see the administrators&apos; health of any account.</source>
        <translation>You may not see the administrators&apos; health of any account.</translation>
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
        <translation>Minimum Super Administrators</translation>
    </message>
    <message>
        <source>%1 person-specific and %2 backup Super Administrator(s).</source>
        <translation>%1 person-specific and %2 backup Super Administrator(s).</translation>
    </message>
    <message>
        <source>No person-specific Super Administrator: request one through a change request, plus a second or a backup system account.</source>
        <translation>No person-specific Super Administrator: request one through a change request, plus a second or a backup system account.</translation>
    </message>
    <message>
        <source>Only one person-specific Super Administrator: add a second, or a backup system account.</source>
        <translation>Only one person-specific Super Administrator: add a second, or a backup system account.</translation>
    </message>
    <message>
        <source>Enhanced coverage (large accounts)</source>
        <translation>Enhanced coverage (large accounts)</translation>
    </message>
    <message>
        <source>%1 users; %2 person-specific and %3 backup Super Administrators, %4 Full Administrators.</source>
        <translation>%1 users; %2 person-specific and %3 backup Super Administrators, %4 Full Administrators.</translation>
    </message>
    <message>
        <source>Accounts of %1 users or more should have 1 primary and 2 backup Super Administrators and 2–3 Full Administrators.</source>
        <translation>Accounts of %1 users or more should have 1 primary and 2 backup Super Administrators and 2–3 Full Administrators.</translation>
    </message>
    <message>
        <source>Two-step authentication for every admin</source>
        <translation>Two-step authentication for every admin</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator(s) checked; SSO administrators use the identity provider&apos;s second factor.</source>
        <translation>
            <numerusform>%n administrator checked; SSO administrators use the identity provider&apos;s second factor.</numerusform>
            <numerusform>%n administrators checked; SSO administrators use the identity provider&apos;s second factor.</numerusform>
        </translation>
    </message>
    <message>
        <source>no sign-in method recorded: %1</source>
        <translation>no sign-in method recorded: %1</translation>
    </message>
    <message>
        <source>password without a second factor: %1</source>
        <translation>password without a second factor: %1</translation>
    </message>
    <message>
        <source>Enroll each of them in Admin Management (SSO, or a local password with TOTP).</source>
        <translation>Enroll each of them in Admin Management (SSO, or a local password with TOTP).</translation>
    </message>
    <message>
        <source>Backup accounts have a local password</source>
        <translation>Backup accounts have a local password</translation>
    </message>
    <message>
        <source>No backup account.</source>
        <translation>No backup account.</translation>
    </message>
    <message>
        <source>Backup accounts: %1</source>
        <translation>Backup accounts: %1</translation>
    </message>
    <message>
        <source>Without a local (cloud) password: %1</source>
        <translation>Without a local (cloud) password: %1</translation>
    </message>
    <message>
        <source>Give backup accounts a local password with TOTP so they survive an SSO or directory outage.</source>
        <translation>Give backup accounts a local password with TOTP so they survive an SSO or directory outage.</translation>
    </message>
    <message numerus="yes">
        <source>Backup access tested within %n days</source>
        <translation>
            <numerusform>Backup access tested within %n day</numerusform>
            <numerusform>Backup access tested within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup access test is recorded.</source>
        <translation>No backup access test is recorded.</translation>
    </message>
    <message>
        <source>Sign in as a backup account (login, second factor, permissions) and record the result.</source>
        <translation>Sign in as a backup account (login, second factor, permissions) and record the result.</translation>
    </message>
    <message numerus="yes">
        <source>Last test %n day(s) ago, of %1: %2.</source>
        <translation>
            <numerusform>Last test %n day ago, of %1: %2.</numerusform>
            <numerusform>Last test %n days ago, of %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>The last backup access test failed: fix the backup account and test again.</source>
        <translation>The last backup access test failed: fix the backup account and test again.</translation>
    </message>
    <message>
        <source>Test backup access again (login, second factor, permissions) and record the result.</source>
        <translation>Test backup access again (login, second factor, permissions) and record the result.</translation>
    </message>
    <message>
        <source>Access list reviewed this quarter</source>
        <translation>Access list reviewed this quarter</translation>
    </message>
    <message>
        <source>No access review is recorded.</source>
        <translation>No access review is recorded.</translation>
    </message>
    <message>
        <source>Review who holds which administrator role and record the review.</source>
        <translation>Review who holds which administrator role and record the review.</translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed %n day(s) ago by %1.</source>
        <translation>
            <numerusform>Last reviewed %n day ago by %1.</numerusform>
            <numerusform>Last reviewed %n days ago by %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the administrator list again; the last review is older than a quarter.</source>
        <translation>Review the administrator list again; the last review is older than a quarter.</translation>
    </message>
    <message>
        <source>%1 holds no administrator role in %2.</source>
        <translation>%1 holds no administrator role in %2.</translation>
    </message>
    <message>
        <source>Backup credentials are in the OS keychain</source>
        <translation>Backup credentials are in the OS keychain</translation>
    </message>
    <message numerus="yes">
        <source>%n backup credential(s) found in the keychain.</source>
        <translation>
            <numerusform>%n backup credential found in the keychain.</numerusform>
            <numerusform>%n backup credentials found in the keychain.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock or start the OS keychain on this computer, then check again.</source>
        <translation>Unlock or start the OS keychain on this computer, then check again.</translation>
    </message>
    <message>
        <source>No credential in the keychain for: %1</source>
        <translation>No credential in the keychain for: %1</translation>
    </message>
    <message>
        <source>Rotate the credential of each in Admin Management to store a new one in the keychain.</source>
        <translation>Rotate the credential of each in Admin Management to store a new one in the keychain.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</source>
        <translation>%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows.</source>
        <translation>… and %1 more rejected rows.</translation>
    </message>
    <message>
        <source>Line %1: %2 (%3) → %4 (%5) removes: %6</source>
        <translation>Line %1: %2 (%3) → %4 (%5) removes: %6</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>no roles</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>  import FILE|- [--account C] [--dry-run] [--confirm-address-changes]</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  import FILE|- [--account C] [--dry-run] [--confirm-address-changes]</translation>
    </message>
    <message>
        <source>import needs a CSV file (or - for standard input).</source>
        <translation>import needs a CSV file (or - for standard input).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportHeader</name>
    <message>
        <source>The file is empty; a directory CSV starts with a header row.</source>
        <translation>The file is empty; a directory CSV starts with a header row.</translation>
    </message>
    <message>
        <source>Line %1 holds data (&quot;%2&quot;) where the header row belongs; the first row must name the columns: %3.</source>
        <translation>Line %1 holds data (&quot;%2&quot;) where the header row belongs; the first row must name the columns: %3.</translation>
    </message>
    <message>
        <source>Line %1: unknown column &quot;%2&quot;. The columns are: %3.</source>
        <translation>Line %1: unknown column &quot;%2&quot;. The columns are: %3.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>Line %1: the column &quot;%2&quot; appears twice.</translation>
    </message>
    <message>
        <source>Line %1: the header has no emailAddress column, so this is either not a directory file or its header row is missing.</source>
        <translation>Line %1: the header has no emailAddress column, so this is either not a directory file or its header row is missing.</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 is a group; users belong to master, standard or mail-processing accounts.</source>
        <translation>%1 is a group; users belong to master, standard or mail-processing accounts.</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; cannot be given by import; use one of: %2.</source>
        <translation>role &quot;%1&quot; cannot be given by import; use one of: %2.</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2.</source>
        <translation>%1 fields, but the header has %2.</translation>
    </message>
    <message>
        <source>emailAddress is empty.</source>
        <translation>emailAddress is empty.</translation>
    </message>
    <message>
        <source>remoteaccountcode is empty; every row names its account.</source>
        <translation>remoteaccountcode is empty; every row names its account.</translation>
    </message>
    <message>
        <source>unknown account code &quot;%1&quot;.</source>
        <translation>unknown account code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not in one of %2&apos;s internal domains.</source>
        <translation>%1 is not in one of %2&apos;s internal domains.</translation>
    </message>
    <message>
        <source>allowAddressMigration must be true or false, not &quot;%1&quot;.</source>
        <translation>allowAddressMigration must be true or false, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 already belongs to account %2; set allowAddressMigration to true to move it.</source>
        <translation>%1 already belongs to account %2; set allowAddressMigration to true to move it.</translation>
    </message>
    <message>
        <source>moving %1 would remove its admin roles: %2</source>
        <translation>moving %1 would remove its admin roles: %2</translation>
    </message>
    <message>
        <source>changing %1 to %2 would remove its admin roles: %3</source>
        <translation>changing %1 to %2 would remove its admin roles: %3</translation>
    </message>
    <message>
        <source>changes the same user as line %1.</source>
        <translation>changes the same user as line %1.</translation>
    </message>
    <message>
        <source>%1 appears again; it is first on line %2.</source>
        <translation>%1 appears again; it is first on line %2.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Choose the account to import into, or add a remoteaccountcode column.</source>
        <translation>Choose the account to import into, or add a remoteaccountcode column.</translation>
    </message>
    <message>
        <source>%1 is a master account: the file needs a remoteaccountcode column naming each row&apos;s account.</source>
        <translation>%1 is a master account: the file needs a remoteaccountcode column naming each row&apos;s account.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>The file has a header but no rows.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing was imported.</source>
        <translation>
            <numerusform>%n row was rejected; nothing was imported.</numerusform>
            <numerusform>%n rows were rejected; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin role(s) would be removed by address changes; review them and confirm to import.</source>
        <translation>
            <numerusform>%n admin role would be removed by address changes; review it and confirm to import.</numerusform>
            <numerusform>%n admin roles would be removed by address changes; review them and confirm to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked only; nothing was changed.</source>
        <translation>Checked only; nothing was changed.</translation>
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
        <translation>init needs --account-code, --account-name and --email.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>One-time code from the app: </source>
        <translation>One-time code from the app: </translation>
    </message>
    <message>
        <source>Created account %1 with %2 as its first Super Administrator.</source>
        <translation>Created account %1 with %2 as its first Super Administrator.</translation>
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
        <translation>ip needs show or set.</translation>
    </message>
    <message>
        <source>%1 allows: %2
Partner sign-in exempt: %3</source>
        <translation>%1 allows: %2
Partner sign-in exempt: %3</translation>
    </message>
    <message>
        <source>any address (no allow-list)</source>
        <translation>any address (no allow-list)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>IpRange</name>
    <message>
        <source>An IP range cannot be empty.</source>
        <translation>An IP range cannot be empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address (expected e.g. 192.0.2.0/24 or 2001:db8::/32).</source>
        <translation>&quot;%1&quot; is not an IPv4 or IPv6 address (expected e.g. 192.0.2.0/24 or 2001:db8::/32).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the prefix length must be a number from 0 to %2 for an %3 address.</source>
        <translation>&quot;%1&quot;: the prefix length must be a number from 0 to %2 for an %3 address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CIDR range.</source>
        <translation>&quot;%1&quot; is not a valid CIDR range.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; is not an IP address.</translation>
    </message>
</context>
<context>
    <name>IpRestrictionsDialog</name>
    <message>
        <source>IP Restrictions</source>
        <translation>IP Restrictions</translation>
    </message>
    <message>
        <source>Administrators may act in this account only from these ranges, one per line (IPv4 or IPv6 CIDR, e.g. 192.0.2.0/24 or 2001:db8::/32; a single address is allowed). An empty list admits every address.</source>
        <translation>Administrators may act in this account only from these ranges, one per line (IPv4 or IPv6 CIDR, e.g. 192.0.2.0/24 or 2001:db8::/32; a single address is allowed). An empty list admits every address.</translation>
    </message>
    <message>
        <source>&amp;Partner administrators may sign in from any address</source>
        <translation>&amp;Partner administrators may sign in from any address</translation>
    </message>
    <message>
        <source>Allowed address ranges, one per line</source>
        <translation>Allowed address ranges, one per line</translation>
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
        <translation>key takes rotate, export or import.</translation>
    </message>
    <message>
        <source>Recovery kit passphrase: </source>
        <translation>Recovery kit passphrase: </translation>
    </message>
    <message>
        <source>The passphrase again: </source>
        <translation>The passphrase again: </translation>
    </message>
    <message>
        <source>The database key was rotated; every approved computer takes the new key up at its next start or sign-in.</source>
        <translation>The database key was rotated; every approved computer takes the new key up at its next start or sign-in.</translation>
    </message>
    <message>
        <source>Say where the recovery kit goes: --to FILE.</source>
        <translation>Say where the recovery kit goes: --to FILE.</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>The two passphrases differ; nothing was written.</translation>
    </message>
    <message>
        <source>Cannot write the recovery kit to %1: %2</source>
        <translation>Cannot write the recovery kit to %1: %2</translation>
    </message>
    <message>
        <source>Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and offline.</source>
        <translation>Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and offline.</translation>
    </message>
    <message>
        <source>Name the recovery kit file: key import FILE.</source>
        <translation>Name the recovery kit file: key import FILE.</translation>
    </message>
    <message>
        <source>Cannot read the recovery kit %1: %2</source>
        <translation>Cannot read the recovery kit %1: %2</translation>
    </message>
    <message>
        <source>The database key was restored to this computer&apos;s keychain; this computer is listed as approved by recovery kit. Sign in with your password and a one-time code.</source>
        <translation>The database key was restored to this computer&apos;s keychain; this computer is listed as approved by recovery kit. Sign in with your password and a one-time code.</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The OS keychain refused access (is it locked?): %1</source>
        <translation>The OS keychain refused access (is it locked?): %1</translation>
    </message>
    <message>
        <source>The OS keychain reported an error: %1</source>
        <translation>The OS keychain reported an error: %1</translation>
    </message>
    <message>
        <source>No OS keychain is running; Warden stores secrets only there. Start your desktop&apos;s keyring (for example gnome-keyring) and try again.</source>
        <translation>No OS keychain is running; Warden stores secrets only there. Start your desktop&apos;s keyring (for example gnome-keyring) and try again.</translation>
    </message>
    <message>
        <source>The keychain holds no entry %1.</source>
        <translation>The keychain holds no entry %1.</translation>
    </message>
    <message>
        <source>The OS keychain is locked. Unlock it (your desktop keyring&apos;s password) and try again; nothing was changed.</source>
        <translation>The OS keychain is locked. Unlock it (your desktop keyring&apos;s password) and try again; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>LdapSession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The directory server refused the bind: the bind DN or its password is wrong.</source>
        <translation>The directory server refused the bind: the bind DN or its password is wrong.</translation>
    </message>
    <message>
        <source>The directory server refused the bind: it requires another way to sign in (such as TLS).</source>
        <translation>The directory server refused the bind: it requires another way to sign in (such as TLS).</translation>
    </message>
    <message>
        <source>TLS failure with %1: the server&apos;s certificate is not trusted (check the CA file) or TLS could not be negotiated.</source>
        <translation>TLS failure with %1: the server&apos;s certificate is not trusted (check the CA file) or TLS could not be negotiated.</translation>
    </message>
    <message>
        <source>The directory server %1 cannot be reached.</source>
        <translation>The directory server %1 cannot be reached.</translation>
    </message>
    <message>
        <source>The search filter is not valid LDAP syntax.</source>
        <translation>The search filter is not valid LDAP syntax.</translation>
    </message>
    <message>
        <source>The directory server stopped the search at its size limit.</source>
        <translation>The directory server stopped the search at its size limit.</translation>
    </message>
    <message>
        <source>The directory server stopped the search at its time limit.</source>
        <translation>The directory server stopped the search at its time limit.</translation>
    </message>
    <message>
        <source>The base DN does not exist on the directory server.</source>
        <translation>The base DN does not exist on the directory server.</translation>
    </message>
    <message>
        <source>The bind identity may not read there.</source>
        <translation>The bind identity may not read there.</translation>
    </message>
    <message>
        <source>The directory server rejected the search (check the filter and the attribute names).</source>
        <translation>The directory server rejected the search (check the filter and the attribute names).</translation>
    </message>
    <message>
        <source>The server address is not an ldap:// or ldaps:// URL.</source>
        <translation>The server address is not an ldap:// or ldaps:// URL.</translation>
    </message>
    <message>
        <source>The directory server failed.</source>
        <translation>The directory server failed.</translation>
    </message>
    <message>
        <source>(%1 while %2: %3)</source>
        <translation>(%1 while %2: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ldap:// or ldaps:// server address.</source>
        <translation>&quot;%1&quot; is not an ldap:// or ldaps:// server address.</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>starting TLS</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>binding</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>asking for paged results</source>
        <translation>asking for paged results</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>searching</translation>
    </message>
    <message>
        <source>reading page %1 of the search</source>
        <translation>reading page %1 of the search</translation>
    </message>
    <message>
        <source>reading the search result</source>
        <translation>reading the search result</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>This change requires a change request.

%1</source>
        <translation>This change requires a change request.

%1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This database holds tables that are not Warden&apos;s; refusing to change it.</source>
        <translation>This database holds tables that are not Warden&apos;s; refusing to change it.</translation>
    </message>
    <message>
        <source>The database&apos;s schema version is missing.</source>
        <translation>The database&apos;s schema version is missing.</translation>
    </message>
    <message>
        <source>This database was written by a newer Warden (schema version %1; this Warden knows up to %2). Upgrade Warden to open it; the database was not changed.</source>
        <translation>This database was written by a newer Warden (schema version %1; this Warden knows up to %2). Upgrade Warden to open it; the database was not changed.</translation>
    </message>
</context>
<context>
    <name>NewChangeRequestDialog</name>
    <message>
        <source>New Change Request</source>
        <translation>New Change Request</translation>
    </message>
    <message>
        <source>Protected roles change only through a request approved by a different person: an account contact of Director level or higher, who confirms with their password and a one-time code. Requests expire after 7 days.</source>
        <translation>Protected roles change only through a request approved by a different person: an account contact of Director level or higher, who confirms with their password and a one-time code. Requests expire after 7 days.</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Change:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Sign-in &amp;method:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <source>Why the change is needed; the approver decides on this.</source>
        <translation>Why the change is needed; the approver decides on this.</translation>
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
        <translation>partner needs list, delegate or revoke.</translation>
    </message>
    <message>
        <source>%1 now delegates to %2.</source>
        <translation>%1 now delegates to %2.</translation>
    </message>
    <message>
        <source>%1 no longer delegates to %2.</source>
        <translation>%1 no longer delegates to %2.</translation>
    </message>
</context>
<context>
    <name>PartnerService</name>
    <message>
        <source>Partner organisations are registered by the service provider, not from inside an account.</source>
        <translation>Partner organisations are registered by the service provider, not from inside an account.</translation>
    </message>
    <message>
        <source>The partner needs a name.</source>
        <translation>The partner needs a name.</translation>
    </message>
    <message>
        <source>A partner&apos;s home account must be a standard account; %1 is a %2 account.</source>
        <translation>A partner&apos;s home account must be a standard account; %1 is a %2 account.</translation>
    </message>
    <message>
        <source>The partner &quot;%1&quot; already exists or already uses %2 as its home account.</source>
        <translation>The partner &quot;%1&quot; already exists or already uses %2 as its home account.</translation>
    </message>
    <message>
        <source>There is no partner called &quot;%1&quot;.</source>
        <translation>There is no partner called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>That partner no longer exists.</source>
        <translation>That partner no longer exists.</translation>
    </message>
    <message>
        <source>A partner cannot delegate its own account to itself.</source>
        <translation>A partner cannot delegate its own account to itself.</translation>
    </message>
    <message>
        <source>%1 already delegates to %2.</source>
        <translation>%1 already delegates to %2.</translation>
    </message>
    <message>
        <source>%1 does not delegate to that partner.</source>
        <translation>%1 does not delegate to that partner.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>%1 is inside %2&apos;s own domain %3. External administrators come from outside the customer&apos;s domains; give internal people a role with Add User to Role.</source>
        <translation>%1 is inside %2&apos;s own domain %3. External administrators come from outside the customer&apos;s domains; give internal people a role with Add User to Role.</translation>
    </message>
    <message>
        <source>%1 is not an administrator of any partner organisation known to Warden.</source>
        <translation>%1 is not an administrator of any partner organisation known to Warden.</translation>
    </message>
    <message>
        <source>%1 is disabled in %2&apos;s directory.</source>
        <translation>%1 is disabled in %2&apos;s directory.</translation>
    </message>
    <message>
        <source>%1 does not delegate administration to %2; delegate the account to the partner first.</source>
        <translation>%1 does not delegate administration to %2; delegate the account to the partner first.</translation>
    </message>
    <message>
        <source>Only partner administrators may give the Partner Administrator role.</source>
        <translation>Only partner administrators may give the Partner Administrator role.</translation>
    </message>
    <message>
        <source>%1 is already an external administrator of %2 (%3); change the role instead.</source>
        <translation>%1 is already an external administrator of %2 (%3); change the role instead.</translation>
    </message>
    <message>
        <source>The external administrator was not recorded.</source>
        <translation>The external administrator was not recorded.</translation>
    </message>
    <message>
        <source>%1 is not an external administrator of %2.</source>
        <translation>%1 is not an external administrator of %2.</translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation>%1 already has the role %2.</translation>
    </message>
    <message>
        <source>Added as %1.</source>
        <translation>Added as %1.</translation>
    </message>
    <message>
        <source>Role changed from %1 to %2.</source>
        <translation>Role changed from %1 to %2.</translation>
    </message>
    <message>
        <source>Unchanged: already an external administrator as %1.</source>
        <translation>Unchanged: already an external administrator as %1.</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium could not be initialised.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Not enough memory to hash the password.</translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password cannot be only spaces.</source>
        <translation>The password cannot be only spaces.</translation>
    </message>
</context>
<context>
    <name>PermissionSet</name>
    <message>
        <source>Admin Management</source>
        <translation>Admin Management</translation>
    </message>
    <message>
        <source>Account Roles</source>
        <translation>Account Roles</translation>
    </message>
    <message>
        <source>Account Settings</source>
        <translation>Account Settings</translation>
    </message>
    <message>
        <source>Account Hierarchy</source>
        <translation>Account Hierarchy</translation>
    </message>
    <message>
        <source>External Administrators</source>
        <translation>External Administrators</translation>
    </message>
    <message>
        <source>Internal Directories</source>
        <translation>Internal Directories</translation>
    </message>
    <message>
        <source>Directory Import</source>
        <translation>Directory Import</translation>
    </message>
    <message>
        <source>Directory Synchronization</source>
        <translation>Directory Synchronization</translation>
    </message>
    <message>
        <source>Audit Logs</source>
        <translation>Audit Logs</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Policies and Detection Engine Configuration</source>
        <translation>Policies and Detection Engine Configuration</translation>
    </message>
    <message>
        <source>Allow / Block Rules</source>
        <translation>Allow / Block Rules</translation>
    </message>
    <message>
        <source>Authorized Outbounds</source>
        <translation>Authorized Outbounds</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Detections</translation>
    </message>
    <message>
        <source>Track and Trace</source>
        <translation>Track and Trace</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Archive Search</source>
        <translation>Archive Search</translation>
    </message>
    <message>
        <source>Journaling</source>
        <translation>Journaling</translation>
    </message>
    <message>
        <source>Sync Engine Sites</source>
        <translation>Sync Engine Sites</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>the protected permission %1</source>
        <translation>the protected permission %1</translation>
    </message>
    <message>
        <source>the role management level %1</source>
        <translation>the role management level %1</translation>
    </message>
    <message>
        <source>Unknown application area &quot;%1&quot;.</source>
        <translation>Unknown application area &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>Unknown verb &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown protected permission &quot;%1&quot;.</source>
        <translation>Unknown protected permission &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown role management level &quot;%1&quot;.</source>
        <translation>Unknown role management level &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Take Action</source>
        <translation>Take Action</translation>
    </message>
    <message>
        <source>Content View</source>
        <translation>Content View</translation>
    </message>
    <message>
        <source>Message Export</source>
        <translation>Message Export</translation>
    </message>
    <message>
        <source>Retention Adjust</source>
        <translation>Retention Adjust</translation>
    </message>
    <message>
        <source>Smart Tag Assign</source>
        <translation>Smart Tag Assign</translation>
    </message>
    <message>
        <source>Delegate Mailbox</source>
        <translation>Delegate Mailbox</translation>
    </message>
    <message>
        <source>Cannot Manage Roles</source>
        <translation>Cannot Manage Roles</translation>
    </message>
    <message>
        <source>Manage Application Roles</source>
        <translation>Manage Application Roles</translation>
    </message>
    <message>
        <source>Protected Roles</source>
        <translation>Protected Roles</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language applies the next time Warden starts.</source>
        <translation>A new language applies the next time Warden starts.</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message numerus="yes">
        <source>The recovery kit&apos;s passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The recovery kit&apos;s passphrase must have at least %n character.</numerusform>
            <numerusform>The recovery kit&apos;s passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough memory to protect the recovery kit.</source>
        <translation>Not enough memory to protect the recovery kit.</translation>
    </message>
    <message>
        <source>This file is not a Warden recovery kit, or it is incomplete (truncated).</source>
        <translation>This file is not a Warden recovery kit, or it is incomplete (truncated).</translation>
    </message>
    <message>
        <source>This recovery kit was written by a newer Warden (format version %1).</source>
        <translation>This recovery kit was written by a newer Warden (format version %1).</translation>
    </message>
    <message>
        <source>This recovery kit belongs to another database (%1), not to this one (%2).</source>
        <translation>This recovery kit belongs to another database (%1), not to this one (%2).</translation>
    </message>
    <message>
        <source>This recovery kit is damaged: its fields are incomplete.</source>
        <translation>This recovery kit is damaged: its fields are incomplete.</translation>
    </message>
    <message>
        <source>Not enough memory to open the recovery kit.</source>
        <translation>Not enough memory to open the recovery kit.</translation>
    </message>
    <message>
        <source>The passphrase does not open this recovery kit (or the kit was altered).</source>
        <translation>The passphrase does not open this recovery kit (or the kit was altered).</translation>
    </message>
</context>
<context>
    <name>RequestAccessDialog</name>
    <message>
        <source>Request Access from This Computer</source>
        <translation>Request Access from This Computer</translation>
    </message>
    <message>
        <source>Sign in with your administrator address and password to ask for access. An administrator who may manage you approves this computer after comparing its fingerprint with you.</source>
        <translation>Sign in with your administrator address and password to ask for access. An administrator who may manage you approves this computer after comparing its fingerprint with you.</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Email address:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Computer &amp;name:</source>
        <translation>Computer &amp;name:</translation>
    </message>
    <message>
        <source>Restore from Recovery &amp;Kit…</source>
        <translation>Restore from Recovery &amp;Kit…</translation>
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
        <translation>request takes list, create, approve, reject or cancel.</translation>
    </message>
    <message>
        <source>Name the request by its number.</source>
        <translation>Name the request by its number.</translation>
    </message>
    <message>
        <source>--kind is add_member, remove_member, reset_password, content_view_on or content_view_off.</source>
        <translation>--kind is add_member, remove_member, reset_password, content_view_on or content_view_off.</translation>
    </message>
    <message numerus="yes">
        <source>Filed request #%1; an account contact of Director level or higher must approve it within %n day(s).</source>
        <translation>
            <numerusform>Filed request #%1; an account contact of Director level or higher must approve it within %n day.</numerusform>
            <numerusform>Filed request #%1; an account contact of Director level or higher must approve it within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved and applied request #%1.</source>
        <translation>Approved and applied request #%1.</translation>
    </message>
</context>
<context>
    <name>RevealCredentialDialog</name>
    <message>
        <source>Backup Credential</source>
        <translation>Backup Credential</translation>
    </message>
</context>
<context>
    <name>RoleCommand</name>
    <message>
        <source>Protected permissions: %1</source>
        <translation>Protected permissions: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Role management: %1</source>
        <translation>Role management: %1</translation>
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
        <translation>role takes list, show, members, add-member, remove-member, create, copy or delete.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>--permissions: %1</source>
        <translation>--permissions: %1</translation>
    </message>
    <message>
        <source>Created role &quot;%1&quot;.</source>
        <translation>Created role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source> (protected)</source>
        <translation> (protected)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n user(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>Added %n user to &quot;%1&quot;.</numerusform>
            <numerusform>Added %n users to &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source> Already members: %1.</source>
        <translation> Already members: %1.</translation>
    </message>
    <message>
        <source>Removed %1 from &quot;%2&quot;.</source>
        <translation>Removed %1 from &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Copied &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Copied &quot;%1&quot; to &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Deleted role &quot;%1&quot;.</source>
        <translation>Deleted role &quot;%1&quot;.</translation>
    </message>
    <message>
        <source> No sign-in method yet (they cannot sign in until one is set with &quot;wardenctl admin&quot;): %1.</source>
        <translation> No sign-in method yet (they cannot sign in until one is set with &quot;wardenctl admin&quot;): %1.</translation>
    </message>
</context>
<context>
    <name>RoleEditorDialog</name>
    <message>
        <source>Role Editor</source>
        <translation>Role Editor</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Application permissions:</source>
        <translation>Application permissions:</translation>
    </message>
    <message>
        <source>Protected permissions</source>
        <translation>Protected permissions</translation>
    </message>
    <message>
        <source>Content View</source>
        <translation>Content View</translation>
    </message>
    <message>
        <source>Message Export</source>
        <translation>Message Export</translation>
    </message>
    <message>
        <source>Retention Adjust</source>
        <translation>Retention Adjust</translation>
    </message>
    <message>
        <source>Smart Tag Assign</source>
        <translation>Smart Tag Assign</translation>
    </message>
    <message>
        <source>Delegate Mailbox</source>
        <translation>Delegate Mailbox</translation>
    </message>
    <message>
        <source>Role &amp;management:</source>
        <translation>Role &amp;management:</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>Permissions of the role</translation>
    </message>
</context>
<context>
    <name>RoleService</name>
    <message>
        <source>A role needs a name.</source>
        <translation>A role needs a name.</translation>
    </message>
    <message>
        <source>A role name has at most 100 characters.</source>
        <translation>A role name has at most 100 characters.</translation>
    </message>
    <message>
        <source>This account already has a role named &quot;%1&quot;.</source>
        <translation>This account already has a role named &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; still has %n member(s). Remove them first, or choose &quot;Remove members and delete&quot;.</source>
        <translation>
            <numerusform>&quot;%1&quot; still has %n member. Remove them first, or choose &quot;Remove members and delete&quot;.</numerusform>
            <numerusform>&quot;%1&quot; still has %n members. Remove them first, or choose &quot;Remove members and delete&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No users were selected.</source>
        <translation>No users were selected.</translation>
    </message>
    <message>
        <source>%1 is not in the internal directory.</source>
        <translation>%1 is not in the internal directory.</translation>
    </message>
    <message>
        <source>%1 belongs to another account&apos;s directory.</source>
        <translation>%1 belongs to another account&apos;s directory.</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 is disabled.</translation>
    </message>
    <message>
        <source>The Partner Administrator role is only for partner (MSP) administrators.</source>
        <translation>The Partner Administrator role is only for partner (MSP) administrators.</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <translation>Nobody was added: %1</translation>
    </message>
    <message>
        <source>Cancelled; nobody was added.</source>
        <translation>Cancelled; nobody was added.</translation>
    </message>
    <message numerus="yes">
        <source>%n users → %1</source>
        <translation>
            <numerusform>%n user → %1</numerusform>
            <numerusform>%n users → %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a member of &quot;%2&quot;.</source>
        <translation>%1 is not a member of &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</source>
        <translation>%1 is the last Super Administrator of this account and cannot be removed. Add another Super Administrator first.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else while you edited it. Reload it and make your change again; nothing was saved.</source>
        <translation>&quot;%1&quot; was changed by someone else while you edited it. Reload it and make your change again; nothing was saved.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3 — reload it and make your change again; nothing was saved.</source>
        <translation>&quot;%1&quot; was changed by %2 at %3 — reload it and make your change again; nothing was saved.</translation>
    </message>
    <message>
        <source>Nobody was selected.</source>
        <translation>Nobody was selected.</translation>
    </message>
    <message>
        <source>Nobody was removed:
%1</source>
        <translation>Nobody was removed:
%1</translation>
    </message>
    <message>
        <source>Removing %1 would leave this account without an active Super Administrator. Add another Super Administrator first, or keep one of them.</source>
        <translation>Removing %1 would leave this account without an active Super Administrator. Add another Super Administrator first, or keep one of them.</translation>
    </message>
</context>
<context>
    <name>RoleStore</name>
    <message>
        <source>No such role.</source>
        <translation>No such role.</translation>
    </message>
    <message>
        <source>There is no role named &quot;%1&quot;.</source>
        <translation>There is no role named &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SessionService</name>
    <message>
        <source>Only a signed-in administrator can open a session.</source>
        <translation>Only a signed-in administrator can open a session.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>The session has ended; sign in again.</translation>
    </message>
    <message>
        <source>The session was opened from another address (%1); sign in again from this one.</source>
        <translation>The session was opened from another address (%1); sign in again from this one.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Warden</source>
        <translation>Sign in to Warden</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;Email address:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>One-time &amp;code:</source>
        <translation>One-time &amp;code:</translation>
    </message>
    <message>
        <source>6 digits</source>
        <translation>6 digits</translation>
    </message>
    <message>
        <source>Sign in with your administrator address, password and the one-time code from your authenticator app. First time, with a temporary password? Leave the code empty.</source>
        <translation>Sign in with your administrator address, password and the one-time code from your authenticator app. First time, with a temporary password? Leave the code empty.</translation>
    </message>
</context>
<context>
    <name>SigninCommand</name>
    <message>
        <source>  signin   sign in once; the session is kept in the keychain for the next commands</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  signin   sign in once; the session is kept in the keychain for the next commands</translation>
    </message>
    <message>
        <source>Signed in as %1; the session lasts %2 minutes after the last command.</source>
        <translation>Signed in as %1; the session lasts %2 minutes after the last command.</translation>
    </message>
</context>
<context>
    <name>SignoutCommand</name>
    <message>
        <source>  signout  end the session kept in the keychain</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  signout  end the session kept in the keychain</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left alone (added by hand or import), %8 left out.</source>
        <translation>%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left alone (added by hand or import), %8 left out.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <source>Address change: %1 → %2 removes: %3</source>
        <translation>Address change: %1 → %2 removes: %3</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>no roles</translation>
    </message>
    <message>
        <source>Disabled (gone from the directory): %1%2</source>
        <translation>Disabled (gone from the directory): %1%2</translation>
    </message>
    <message>
        <source> — still holds %1</source>
        <translation> — still holds %1</translation>
    </message>
    <message>
        <source>Left out: %1: %2</source>
        <translation>Left out: %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more left out.</source>
        <translation>… and %1 more left out.</translation>
    </message>
    <message>
        <source>Applied in %1 ms.</source>
        <translation>Applied in %1 ms.</translation>
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
        <translation>sync needs configure, show, test or run.</translation>
    </message>
    <message>
        <source>--preset is ad or openldap, not &quot;%1&quot;.</source>
        <translation>--preset is ad or openldap, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--schedule-minutes is a number of minutes (0: only when asked).</source>
        <translation>--schedule-minutes is a number of minutes (0: only when asked).</translation>
    </message>
    <message>
        <source>Bind password: </source>
        <translation>Bind password: </translation>
    </message>
    <message>
        <source>Directory connector of %1 saved (version %2): %3, base %4, filter %5.</source>
        <translation>Directory connector of %1 saved (version %2): %3, base %4, filter %5.</translation>
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
        <translation>CA file: %1</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>the system&apos;s</translation>
    </message>
    <message>
        <source>Bind DN: %1 (password %2)</source>
        <translation>Bind DN: %1 (password %2)</translation>
    </message>
    <message>
        <source>in this computer&apos;s keychain</source>
        <translation>in this computer&apos;s keychain</translation>
    </message>
    <message>
        <source>not on this computer</source>
        <translation>not on this computer</translation>
    </message>
    <message>
        <source>Base DN: %1</source>
        <translation>Base DN: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Mapping: address %1, name %2, UPN %3, disabled %4</source>
        <translation>Mapping: address %1, name %2, UPN %3, disabled %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Domains: %1</source>
        <translation>Domains: %1</translation>
    </message>
    <message>
        <source>every internal domain</source>
        <translation>every internal domain</translation>
    </message>
    <message>
        <source>Last run: never</source>
        <translation>Last run: never</translation>
    </message>
    <message>
        <source>Last run: %1, %2 in %3 ms%4</source>
        <translation>Last run: %1, %2 in %3 ms%4</translation>
    </message>
    <message>
        <source>%1 has no directory connector.</source>
        <translation>%1 has no directory connector.</translation>
    </message>
    <message>
        <source>Below: %1 — %2, last run %3 %4</source>
        <translation>Below: %1 — %2, last run %3 %4</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>This computer&apos;s keychain holds no bind password for this directory connector; enter it in Directory Synchronization (or wardenctl sync configure) on this computer.</source>
        <translation>This computer&apos;s keychain holds no bind password for this directory connector; enter it in Directory Synchronization (or wardenctl sync configure) on this computer.</translation>
    </message>
    <message>
        <source>The server must be an ldap://host[:port] or ldaps://host[:port] address, not &quot;%1&quot;.</source>
        <translation>The server must be an ldap://host[:port] or ldaps://host[:port] address, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>StartTLS is for ldap:// addresses; ldaps:// is TLS already.</source>
        <translation>StartTLS is for ldap:// addresses; ldaps:// is TLS already.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>The CA file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The base DN is empty.</source>
        <translation>The base DN is empty.</translation>
    </message>
    <message>
        <source>The filter &quot;%1&quot; is not an LDAP filter: it is enclosed in parentheses, and they pair up.</source>
        <translation>The filter &quot;%1&quot; is not an LDAP filter: it is enclosed in parentheses, and they pair up.</translation>
    </message>
    <message>
        <source>Name the attribute that holds the primary SMTP address.</source>
        <translation>Name the attribute that holds the primary SMTP address.</translation>
    </message>
    <message>
        <source>%1 is a group; a directory connector belongs to an account with users.</source>
        <translation>%1 is a group; a directory connector belongs to an account with users.</translation>
    </message>
    <message>
        <source>%1 is not an internal domain of %2.</source>
        <translation>%1 is not an internal domain of %2.</translation>
    </message>
    <message>
        <source>Give the bind password: this computer&apos;s keychain does not hold one yet.</source>
        <translation>Give the bind password: this computer&apos;s keychain does not hold one yet.</translation>
    </message>
    <message>
        <source>Someone else changed this directory connector since you opened it; reopen it to see their change.</source>
        <translation>Someone else changed this directory connector since you opened it; reopen it to see their change.</translation>
    </message>
    <message>
        <source>Connected to %1 and signed in as %2. The base DN exists and the filter matches at least %3 entries (%4 of them with %5).</source>
        <translation>Connected to %1 and signed in as %2. The base DN exists and the filter matches at least %3 entries (%4 of them with %5).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 and signed in as %2. The base DN exists and the filter matches %n entries (%3 of them with %4).</source>
        <translation>
            <numerusform>Connected to %1 and signed in as %2. The base DN exists and the filter matches %n entry (%3 of them with %4).</numerusform>
            <numerusform>Connected to %1 and signed in as %2. The base DN exists and the filter matches %n entries (%3 of them with %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>Sync cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>The entry has no %1 (the address attribute).</source>
        <translation>The entry has no %1 (the address attribute).</translation>
    </message>
    <message>
        <source>%1 is not in a domain this connector may write (%2).</source>
        <translation>%1 is not in a domain this connector may write (%2).</translation>
    </message>
    <message>
        <source>changing %1 to %2 would remove its admin roles: %3</source>
        <translation>changing %1 to %2 would remove its admin roles: %3</translation>
    </message>
    <message>
        <source>%1 belongs to account %2; a sync never takes an address from another account.</source>
        <translation>%1 belongs to account %2; a sync never takes an address from another account.</translation>
    </message>
    <message>
        <source>%1 is also the address of %2, which is kept.</source>
        <translation>%1 is also the address of %2, which is kept.</translation>
    </message>
    <message>
        <source>changes the same person as %1, which is kept.</source>
        <translation>changes the same person as %1, which is kept.</translation>
    </message>
    <message>
        <source>the new address %1 is already another user&apos;s.</source>
        <translation>the new address %1 is already another user&apos;s.</translation>
    </message>
    <message>
        <source>This account has no directory connector; configure one first.</source>
        <translation>This account has no directory connector; configure one first.</translation>
    </message>
    <message>
        <source>Preview only; nothing was changed.</source>
        <translation>Preview only; nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <source>%n admin role(s) would be removed by primary-address changes; review them and confirm to sync.</source>
        <translation>
            <numerusform>%n admin role would be removed by primary-address changes; review them and confirm to sync.</numerusform>
            <numerusform>%n admin roles would be removed by primary-address changes; review them and confirm to sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last active %2 of %3: left enabled although the directory no longer has it.</source>
        <translation>%1 is the last active %2 of %3: left enabled although the directory no longer has it.</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Temporary Password</source>
        <translation>Temporary Password</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>This password is shown only now and is not stored anywhere readable. It was copied to the clipboard marked as a secret, so clipboard managers do not keep it. At the first sign-in it must be replaced and an authenticator app enrolled.</source>
        <translation>This password is shown only now and is not stored anywhere readable. It was copied to the clipboard marked as a secret, so clipboard managers do not keep it. At the first sign-in it must be replaced and an authenticator app enrolled.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
</context>
<context>
    <name>TotpCodeCommand</name>
    <message>
        <source>  totp-code SECRET   print the current code for a base32 secret (like oathtool)</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  totp-code SECRET   print the current code for a base32 secret (like oathtool)</translation>
    </message>
    <message>
        <source>totp-code needs a base32 secret.</source>
        <translation>totp-code needs a base32 secret.</translation>
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
       set-address EMAIL NEW-EMAIL [--confirm]   (removes the user&apos;s admin roles)</translation>
    </message>
    <message>
        <source>user takes list, show, add, disable, enable, set-address or set-upn.</source>
        <translation>user takes list, show, add, disable, enable, set-address or set-upn.</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (disabled)</translation>
    </message>
    <message>
        <source>%1 — %2
Roles: %3</source>
        <translation>%1 — %2
Roles: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Added %1.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>Disabled %1.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>Enabled %1.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>%1 is now %2; removed roles: %3.</source>
        <translation>%1 is now %2; removed roles: %3.</translation>
    </message>
    <message>
        <source>The UPN of %1 is now %2.</source>
        <translation>The UPN of %1 is now %2.</translation>
    </message>
</context>
<context>
    <name>UserFields</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>The display name of %1 is longer than %2 characters.</source>
        <translation>The display name of %1 is longer than %2 characters.</translation>
    </message>
    <message>
        <source>The UPN of %1 is longer than %2 characters.</source>
        <translation>The UPN of %1 is longer than %2 characters.</translation>
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
           prints each change other consoles make, as it happens, until Ctrl+C; --json: one
           object per line {&quot;seq&quot;, &quot;kind&quot;, &quot;account&quot;, &quot;role&quot;, &quot;user&quot;, &quot;actor&quot;, …}</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>The database server answers again; caught up.</source>
        <translation>The database server answers again; caught up.</translation>
    </message>
    <message>
        <source>Offline: %1 Retrying…</source>
        <translation>Offline: %1 Retrying…</translation>
    </message>
    <message>
        <source>Watching for changes (Ctrl+C to stop)…</source>
        <translation>Watching for changes (Ctrl+C to stop)…</translation>
    </message>
</context>
<context>
    <name>WhoamiCommand</name>
    <message>
        <source>  whoami   who is signed in, and their roles in each account they see</source>
        <extracomment>wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.</extracomment>
        <translation>  whoami   who is signed in, and their roles in each account they see</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the administrators of email-security accounts.</source>
        <translation>Manage the administrators of email-security accounts.</translation>
    </message>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation>Database file or postgresql:// URL.</translation>
    </message>
    <message>
        <source>Log level.</source>
        <translation>Log level.</translation>
    </message>
    <message>
        <source>Address to prefill at sign-in.</source>
        <translation>Address to prefill at sign-in.</translation>
    </message>
    <message>
        <source>Warden cannot start</source>
        <translation>Warden cannot start</translation>
    </message>
    <message>
        <source>%1

Run Verify Chain in the Audit Log, and restore the database from a backup if entries are missing.</source>
        <translation>%1

Run Verify Chain in the Audit Log, and restore the database from a backup if entries are missing.</translation>
    </message>
    <message>
        <source>Database Password</source>
        <translation>Database Password</translation>
    </message>
    <message>
        <source>Password for the database server:</source>
        <translation>Password for the database server:</translation>
    </message>
    <message>
        <source>Warden is already open for this database; it was brought to the front.</source>
        <translation>Warden is already open for this database; it was brought to the front.</translation>
    </message>
    <message>
        <source>The audit log is not the one this computer saw</source>
        <translation>The audit log is not the one this computer saw</translation>
    </message>
</context>
<context>
    <name>warden::AccountCommands</name>
    <message>
        <source>Select an account first.</source>
        <translation>Select an account first.</translation>
    </message>
    <message>
        <source>Domains are linked to mail-processing accounts; select one.</source>
        <translation>Domains are linked to mail-processing accounts; select one.</translation>
    </message>
    <message>
        <source>Manage External Administrators</source>
        <translation>Manage External Administrators</translation>
    </message>
    <message>
        <source>Admin Management</source>
        <translation>Admin Management</translation>
    </message>
    <message>
        <source>Change Requests</source>
        <translation>Change Requests</translation>
    </message>
    <message>
        <source>IP restrictions of %1 saved.</source>
        <translation>IP restrictions of %1 saved.</translation>
    </message>
    <message>
        <source>Link Domain</source>
        <translation>Link Domain</translation>
    </message>
    <message>
        <source>The master above %1 has no domain that is not linked to it already. Add the domain on the master account first.</source>
        <translation>The master above %1 has no domain that is not linked to it already. Add the domain on the master account first.</translation>
    </message>
    <message>
        <source>Domain to link to %1 (%2):</source>
        <translation>Domain to link to %1 (%2):</translation>
    </message>
    <message>
        <source>%1 linked to %2.</source>
        <translation>%1 linked to %2.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>A group has no users of its own; select an account in it.</source>
        <translation>A group has no users of its own; select an account in it.</translation>
    </message>
    <message>
        <source>Directory Synchronization</source>
        <translation>Directory Synchronization</translation>
    </message>
    <message>
        <source>Scheduled directory sync of %1 failed: %2</source>
        <translation>Scheduled directory sync of %1 failed: %2</translation>
    </message>
    <message>
        <source>Scheduled directory sync of %1 waits for you: %2</source>
        <translation>Scheduled directory sync of %1 waits for you: %2</translation>
    </message>
    <message>
        <source>Scheduled directory sync of %1: %2 new, %3 changed, %4 disabled.</source>
        <translation>Scheduled directory sync of %1: %2 new, %3 changed, %4 disabled.</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Approves</source>
        <translation>Approves</translation>
    </message>
    <message>
        <source>Yes (Director or higher)</source>
        <extracomment>Approves column: the contact may not approve protected-role changes.</extracomment>
        <translation>Yes (Director or higher)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&amp;Save Contact</source>
        <translation>&amp;Save Contact</translation>
    </message>
    <message>
        <source>&amp;Add Contact</source>
        <translation>&amp;Add Contact</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 was saved.</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>Select a contact first.</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Remove Contact</translation>
    </message>
    <message>
        <source>Remove %1 from the account&apos;s contacts?</source>
        <translation>Remove %1 from the account&apos;s contacts?</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 was removed.</translation>
    </message>
</context>
<context>
    <name>warden::AccountHierarchyModel</name>
    <message>
        <source>%1 (linked from %2)</source>
        <translation>%1 (linked from %2)</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Account code</source>
        <translation>Account code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
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
        <translation>Protected role. </translation>
    </message>
    <message>
        <source>Built-in role.</source>
        <translation>Built-in role.</translation>
    </message>
    <message>
        <source>Custom role.</source>
        <translation>Custom role.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (disabled)</source>
        <translation>%1 (disabled)</translation>
    </message>
    <message>
        <source>Accounts, roles and members</source>
        <translation>Accounts, roles and members</translation>
    </message>
</context>
<context>
    <name>warden::AddAdminDialog</name>
    <message>
        <source>&amp;Add Admin</source>
        <translation>&amp;Add Admin</translation>
    </message>
    <message>
        <source>%1 (protected: change request)</source>
        <translation>%1 (protected: change request)</translation>
    </message>
    <message>
        <source>You get a temporary password to pass on; at first sign-in they set their own and scan a QR code into an authenticator app.</source>
        <translation>You get a temporary password to pass on; at first sign-in they set their own and scan a QR code into an authenticator app.</translation>
    </message>
    <message>
        <source>They sign in through your organisation&apos;s identity provider, which also asks for their second factor.</source>
        <translation>They sign in through your organisation&apos;s identity provider, which also asks for their second factor.</translation>
    </message>
    <message>
        <source>Change Request Needed</source>
        <translation>Change Request Needed</translation>
    </message>
    <message>
        <source>%1

File a change request for %2 now?</source>
        <translation>%1

File a change request for %2 now?</translation>
    </message>
    <message>
        <source>Already an administrator</source>
        <translation>Already an administrator</translation>
    </message>
</context>
<context>
    <name>warden::AddExternalAdminDialog</name>
    <message>
        <source>External admin email address</source>
        <translation>External admin email address</translation>
    </message>
    <message>
        <source>Search the partner&apos;s staff, or type an address…</source>
        <translation>Search the partner&apos;s staff, or type an address…</translation>
    </message>
    <message>
        <source>Already an external admin</source>
        <translation>Already an external admin</translation>
    </message>
</context>
<context>
    <name>warden::AddUsersToRoleDialog</name>
    <message>
        <source>Add User to Role — %1</source>
        <translation>Add User to Role — %1</translation>
    </message>
    <message>
        <source>Pick people from the internal directory to add to &lt;b&gt;%1&lt;/b&gt;. Only addresses in the directory can be added; current members are shown greyed out.</source>
        <translation>Pick people from the internal directory to add to &lt;b&gt;%1&lt;/b&gt;. Only addresses in the directory can be added; current members are shown greyed out.</translation>
    </message>
    <message>
        <source>Add &amp;Selected Users</source>
        <translation>Add &amp;Selected Users</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n user selected</numerusform>
            <numerusform>%n users selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(applies to the %n users shown; scroll to load more)</source>
        <translation>
            <numerusform>(applies to the %n user shown; scroll to load more)</numerusform>
            <numerusform>(applies to the %n users shown; scroll to load more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(applies to the %n users shown)</source>
        <translation>
            <numerusform>(applies to the %n user shown)</numerusform>
            <numerusform>(applies to the %n users shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n user(s) to %1…</source>
        <translation>
            <numerusform>Adding %n user to %1…</numerusform>
            <numerusform>Adding %n users to %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>warden::AdminManagementDialog</name>
    <message>
        <source>Admin Management — %1</source>
        <translation>Admin Management — %1</translation>
    </message>
    <message>
        <source>Everyone who holds an administrator role in %1 (%2). Backup accounts keep their password in this computer&apos;s OS keychain for a sign-in-provider outage.</source>
        <translation>Everyone who holds an administrator role in %1 (%2). Backup accounts keep their password in this computer&apos;s OS keychain for a sign-in-provider outage.</translation>
    </message>
    <message>
        <source>Select an administrator first.</source>
        <translation>Select an administrator first.</translation>
    </message>
    <message>
        <source>A backup account&apos;s password is rotated, not reset.</source>
        <translation>A backup account&apos;s password is rotated, not reset.</translation>
    </message>
    <message>
        <source>Only administrators who sign in with a Warden password have one to reset.</source>
        <translation>Only administrators who sign in with a Warden password have one to reset.</translation>
    </message>
    <message>
        <source>Unmark &amp;Backup Account…</source>
        <translation>Unmark &amp;Backup Account…</translation>
    </message>
    <message>
        <source>Mark as &amp;Backup Account…</source>
        <translation>Mark as &amp;Backup Account…</translation>
    </message>
    <message>
        <source>Only backup accounts keep a credential in the keychain.</source>
        <translation>Only backup accounts keep a credential in the keychain.</translation>
    </message>
    <message>
        <source>Change Request Needed</source>
        <translation>Change Request Needed</translation>
    </message>
    <message>
        <source>%1

File a change request now?</source>
        <translation>%1

File a change request now?</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 was added.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 was saved.</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Reset Password</translation>
    </message>
    <message>
        <source>Give %1 a new temporary password? Their current password and authenticator stop working; at the next sign-in they set a new password and scan a new QR code.</source>
        <translation>Give %1 a new temporary password? Their current password and authenticator stop working; at the next sign-in they set a new password and scan a new QR code.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <source>Delete Admin</source>
        <translation>Delete Admin</translation>
    </message>
    <message>
        <source>Remove every role %1 holds in %2 (%3)? They stay in the directory but can no longer administer this account.</source>
        <translation>Remove every role %1 holds in %2 (%3)? They stay in the directory but can no longer administer this account.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator of %2.</source>
        <translation>%1 is no longer an administrator of %2.</translation>
    </message>
    <message>
        <source>Make %1 a backup (break-glass) account? It gets a strong random password kept only in this computer&apos;s OS keychain; reveal it when single sign-on is down.</source>
        <translation>Make %1 a backup (break-glass) account? It gets a strong random password kept only in this computer&apos;s OS keychain; reveal it when single sign-on is down.</translation>
    </message>
    <message>
        <source>Unmark %1 as a backup account? Its password is removed from the keychain and it can no longer sign in until its password is reset.</source>
        <translation>Unmark %1 as a backup account? Its password is removed from the keychain and it can no longer sign in until its password is reset.</translation>
    </message>
    <message>
        <source>Mark as Backup Account</source>
        <translation>Mark as Backup Account</translation>
    </message>
    <message>
        <source>Unmark Backup Account</source>
        <translation>Unmark Backup Account</translation>
    </message>
    <message>
        <source>%1 is now a backup account; its credential is in the OS keychain.</source>
        <translation>%1 is now a backup account; its credential is in the OS keychain.</translation>
    </message>
    <message>
        <source>%1 is no longer a backup account.</source>
        <translation>%1 is no longer a backup account.</translation>
    </message>
    <message>
        <source>Revealing the backup credential of %1 is recorded in the audit log with your name.

Confirm with your password and a new one-time code.</source>
        <translation>Revealing the backup credential of %1 is recorded in the audit log with your name.

Confirm with your password and a new one-time code.</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Reveal</translation>
    </message>
    <message>
        <source>Rotate Credential</source>
        <translation>Rotate Credential</translation>
    </message>
    <message>
        <source>Give the backup account %1 a new strong password? The old one stops working at once; the new one is stored only in the OS keychain.</source>
        <translation>Give the backup account %1 a new strong password? The old one stops working at once; the new one is stored only in the OS keychain.</translation>
    </message>
    <message>
        <source>The credential of %1 was rotated.</source>
        <translation>The credential of %1 was rotated.</translation>
    </message>
    <message>
        <source>&amp;Computers</source>
        <translation>&amp;Computers</translation>
    </message>
</context>
<context>
    <name>warden::AdministratorsModel</name>
    <message>
        <source>By identity provider</source>
        <translation>By identity provider</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator app</translation>
    </message>
    <message>
        <source>Enrolls at next sign-in</source>
        <translation>Enrolls at next sign-in</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Not set up</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Last sign-in column: the administrator has never signed in.</extracomment>
        <translation>Never</translation>
    </message>
    <message>
        <source>Backup</source>
        <extracomment>Backup column: marks a break-glass (backup) administrator account.</extracomment>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Sets a new password and scans a new QR code at the next sign-in.</source>
        <translation>Sets a new password and scans a new QR code at the next sign-in.</translation>
    </message>
    <message>
        <source>Backup (break-glass) account: its password is kept in the OS keychain.</source>
        <translation>Backup (break-glass) account: its password is kept in the OS keychain.</translation>
    </message>
    <message>
        <source>Disabled in the directory.</source>
        <translation>Disabled in the directory.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Second factor</source>
        <translation>Second factor</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Password</source>
        <extracomment>Admin Management&apos;s Sign-in column: a Warden password (the authenticator is in the next column).</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>Single sign-on</source>
        <translation>Single sign-on</translation>
    </message>
</context>
<context>
    <name>warden::ApplyExternalAdminDialog</name>
    <message numerus="yes">
        <source>&amp;Apply to %n Account(s)</source>
        <translation>
            <numerusform>&amp;Apply to %n Account</numerusform>
            <numerusform>&amp;Apply to %n Accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message numerus="yes">
        <source>Changed in %1, unchanged in %2, refused in %3 of %n account(s).</source>
        <translation>
            <numerusform>Changed in %1, unchanged in %2, refused in %3 of %n account.</numerusform>
            <numerusform>Changed in %1, unchanged in %2, refused in %3 of %n accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %1 to %n account(s)…</source>
        <translation>
            <numerusform>Applying %1 to %n account…</numerusform>
            <numerusform>Applying %1 to %n accounts…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Not applied: stopped before this account.</source>
        <translation>Not applied: stopped before this account.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped before %n more.</source>
        <translation>
            <numerusform>Stopped before %n more.</numerusform>
            <numerusform>Stopped before %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>External admin email address</source>
        <translation>External admin email address</translation>
    </message>
</context>
<context>
    <name>warden::AuditChangeModel</name>
    <message>
        <source>(none)</source>
        <extracomment>An audit entry&apos;s field that had no value before (or after) the change.</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
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
        <translation>Time</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>Audit log column: the entry as a sentence.</extracomment>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>warden::AuditLogWidget</name>
    <message>
        <source>The audit log was tampered with at entry %1: %2</source>
        <translation>The audit log was tampered with at entry %1: %2</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Export Audit Log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Every kind of change</source>
        <translation>Every kind of change</translation>
    </message>
    <message>
        <source>Role membership</source>
        <translation>Role membership</translation>
    </message>
    <message>
        <source>Roles and membership</source>
        <translation>Roles and membership</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administrators</translation>
    </message>
    <message>
        <source>Directory users</source>
        <translation>Directory users</translation>
    </message>
    <message>
        <source>Directory imports</source>
        <translation>Directory imports</translation>
    </message>
    <message>
        <source>Change requests</source>
        <translation>Change requests</translation>
    </message>
    <message>
        <source>Account contacts</source>
        <translation>Account contacts</translation>
    </message>
    <message>
        <source>External administrators</source>
        <translation>External administrators</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Account settings</source>
        <translation>Account settings</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Sign-ins</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computers</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>Database key</translation>
    </message>
    <message>
        <source>Backup access</source>
        <translation>Backup access</translation>
    </message>
    <message>
        <source>No entries match the filter.</source>
        <translation>No entries match the filter.</translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Select an entry to see what it changed.</translation>
    </message>
    <message>
        <source>Entry %1 · %2</source>
        <translation>Entry %1 · %2</translation>
    </message>
    <message>
        <source>The entry records no field values.</source>
        <translation>The entry records no field values.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked, each against the signature of the computer that wrote it, and the log against every checkpoint and what this computer saw of it before.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked, against the signature of the computer that wrote it, and the log against every checkpoint and what this computer saw of it before.</numerusform>
            <numerusform>The audit log is intact: %n entries checked, each against the signature of the computer that wrote it, and the log against every checkpoint and what this computer saw of it before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::ChangeRequestsDialog</name>
    <message>
        <source>Change Requests — %1</source>
        <translation>Change Requests — %1</translation>
    </message>
    <message numerus="yes">
        <source>Protected-role changes in %1 wait here for approval by a different person who is an account contact of Director level or higher. Pending requests expire after %n day(s).</source>
        <translation>
            <numerusform>Protected-role changes in %1 wait here for approval by a different person who is an account contact of Director level or higher. Pending requests expire after %n day.</numerusform>
            <numerusform>Protected-role changes in %1 wait here for approval by a different person who is an account contact of Director level or higher. Pending requests expire after %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Select a request first.</translation>
    </message>
    <message>
        <source>Only the requester can withdraw a pending request.</source>
        <translation>Only the requester can withdraw a pending request.</translation>
    </message>
    <message>
        <source>No request selected.</source>
        <translation>No request selected.</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt; — %3&lt;br&gt;Justification: %4</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt; — %3&lt;br&gt;Justification: %4</translation>
    </message>
    <message>
        <source>&lt;br&gt;Decision note: %1</source>
        <translation>&lt;br&gt;Decision note: %1</translation>
    </message>
    <message>
        <source>Request #%1 was filed; it waits for a Director-level contact&apos;s approval.</source>
        <translation>Request #%1 was filed; it waits for a Director-level contact&apos;s approval.</translation>
    </message>
    <message>
        <source>Approving #%1 applies it at once: %2.

Confirm with your password and a new one-time code.</source>
        <translation>Approving #%1 applies it at once: %2.

Confirm with your password and a new one-time code.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Request #%1 was approved and applied.</source>
        <translation>Request #%1 was approved and applied.</translation>
    </message>
    <message>
        <source>Reject Request</source>
        <translation>Reject Request</translation>
    </message>
    <message>
        <source>Why is #%1 rejected? The requester sees this.</source>
        <translation>Why is #%1 rejected? The requester sees this.</translation>
    </message>
    <message>
        <source>Request #%1 was rejected.</source>
        <translation>Request #%1 was rejected.</translation>
    </message>
    <message>
        <source>Withdraw Request</source>
        <translation>Withdraw Request</translation>
    </message>
    <message>
        <source>Withdraw request #%1?</source>
        <translation>Withdraw request #%1?</translation>
    </message>
    <message>
        <source>Request #%1 was withdrawn.</source>
        <translation>Request #%1 was withdrawn.</translation>
    </message>
</context>
<context>
    <name>warden::ChangeRequestsModel</name>
    <message>
        <source>Add %1 to %2</source>
        <translation>Add %1 to %2</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Remove %1 from %2</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1

Decision: %2</source>
        <translation>%1

Decision: %2</translation>
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
        <translation>Change</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Change requests column: when the request was filed.</extracomment>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Decided / expires</source>
        <translation>Decided / expires</translation>
    </message>
</context>
<context>
    <name>warden::ComputersModel</name>
    <message>
        <source>The computer this console runs on</source>
        <translation>The computer this console runs on</translation>
    </message>
    <message>
        <source>Approved via: %1</source>
        <translation>Approved via: %1</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (this computer)</translation>
    </message>
    <message>
        <source>(nobody signed in yet)</source>
        <translation>(nobody signed in yet)</translation>
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
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Requested / decided at</source>
        <translation>Requested / decided at</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
</context>
<context>
    <name>warden::ComputersPanel</name>
    <message>
        <source>Select a computer or request first.</source>
        <translation>Select a computer or request first.</translation>
    </message>
    <message>
        <source>Only a request waiting for approval can be approved or refused.</source>
        <translation>Only a request waiting for approval can be approved or refused.</translation>
    </message>
    <message>
        <source>Only an approved computer can be revoked.</source>
        <translation>Only an approved computer can be revoked.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Approve %1</translation>
    </message>
    <message>
        <source>Call %1 and ask them to read the fingerprint their computer shows. Type it here (digits only are compared):</source>
        <translation>Call %1 and ask them to read the fingerprint their computer shows. Type it here (digits only are compared):</translation>
    </message>
    <message>
        <source>Approving %1 for %2 seals the database key to that computer. Confirm with your password and a new one-time code.</source>
        <translation>Approving %1 for %2 seals the database key to that computer. Confirm with your password and a new one-time code.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>%1 (%2) is approved; it takes the key up at its next start.</source>
        <translation>%1 (%2) is approved; it takes the key up at its next start.</translation>
    </message>
    <message>
        <source>Refuse Request</source>
        <translation>Refuse Request</translation>
    </message>
    <message>
        <source>Refuse the request of %1 from %2?</source>
        <translation>Refuse the request of %1 from %2?</translation>
    </message>
    <message>
        <source>The request of %1 was refused.</source>
        <translation>The request of %1 was refused.</translation>
    </message>
    <message>
        <source>Revoke Computer</source>
        <translation>Revoke Computer</translation>
    </message>
    <message>
        <source>Revoke %1 (%2)? It can no longer open the database, and the database key is rotated for every other computer.</source>
        <translation>Revoke %1 (%2)? It can no longer open the database, and the database key is rotated for every other computer.</translation>
    </message>
    <message>
        <source>no administrator yet</source>
        <translation>no administrator yet</translation>
    </message>
    <message>
        <source>Revoking %1 rotates the database key. Confirm with your password and a new one-time code.</source>
        <translation>Revoking %1 rotates the database key. Confirm with your password and a new one-time code.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>%1 was revoked and the database key rotated.</source>
        <translation>%1 was revoked and the database key rotated.</translation>
    </message>
</context>
<context>
    <name>warden::ConsoleActions</name>
    <message>
        <source>&amp;New Role…</source>
        <translation>&amp;New Role…</translation>
    </message>
    <message>
        <source>&amp;Edit Role…</source>
        <translation>&amp;Edit Role…</translation>
    </message>
    <message>
        <source>&amp;Copy Role…</source>
        <translation>&amp;Copy Role…</translation>
    </message>
    <message>
        <source>&amp;Delete Role</source>
        <translation>&amp;Delete Role</translation>
    </message>
    <message>
        <source>&amp;Add User to Role…</source>
        <translation>&amp;Add User to Role…</translation>
    </message>
    <message>
        <source>&amp;Remove from Role</source>
        <translation>&amp;Remove from Role</translation>
    </message>
    <message>
        <source>&amp;View Members</source>
        <translation>&amp;View Members</translation>
    </message>
    <message>
        <source>Show All &amp;Roles</source>
        <translation>Show All &amp;Roles</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>&amp;Filter Tree</source>
        <translation>&amp;Filter Tree</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit Log</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sign &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Warden</source>
        <translation>&amp;About Warden</translation>
    </message>
    <message>
        <source>Account &amp;Hierarchy</source>
        <translation>Account &amp;Hierarchy</translation>
    </message>
    <message>
        <source>Manage E&amp;xternal Administrators…</source>
        <translation>Manage E&amp;xternal Administrators…</translation>
    </message>
    <message>
        <source>Apply External Admin to &amp;Accounts…</source>
        <translation>Apply External Admin to &amp;Accounts…</translation>
    </message>
    <message>
        <source>&amp;IP Restrictions…</source>
        <translation>&amp;IP Restrictions…</translation>
    </message>
    <message>
        <source>&amp;Link Domain…</source>
        <translation>&amp;Link Domain…</translation>
    </message>
    <message>
        <source>I&amp;mport Users…</source>
        <translation>I&amp;mport Users…</translation>
    </message>
    <message>
        <source>Admin &amp;Management…</source>
        <translation>Admin &amp;Management…</translation>
    </message>
    <message>
        <source>Change &amp;Requests…</source>
        <translation>Change &amp;Requests…</translation>
    </message>
    <message>
        <source>Requires a change request. %1</source>
        <translation>Requires a change request. %1</translation>
    </message>
    <message>
        <source>Export &amp;Recovery Kit…</source>
        <translation>Export &amp;Recovery Kit…</translation>
    </message>
    <message>
        <source>&amp;Directory Synchronization…</source>
        <translation>&amp;Directory Synchronization…</translation>
    </message>
</context>
<context>
    <name>warden::DirectorySearchModel</name>
    <message>
        <source>Already a member</source>
        <translation>Already a member</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation>%1 already holds this role.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
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
        <translation>Directory Synchronization — %1</translation>
    </message>
    <message>
        <source>Keeps %1&apos;s internal directory in step with your organisation&apos;s Active Directory or LDAP server. People added by hand or by import are never changed; people this connection brought in who leave the directory are disabled by a full run. A changed primary address removes the person&apos;s admin roles, so it is listed and applied only when you confirm.</source>
        <translation>Keeps %1&apos;s internal directory in step with your organisation&apos;s Active Directory or LDAP server. People added by hand or by import are never changed; people this connection brought in who leave the directory are disabled by a full run. A changed primary address removes the person&apos;s admin roles, so it is listed and applied only when you confirm.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
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
        <translation>Every internal domain: %1</translation>
    </message>
    <message>
        <source>Every internal domain</source>
        <translation>Every internal domain</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s keychain; type to replace</source>
        <translation>Kept in this computer&apos;s keychain; type to replace</translation>
    </message>
    <message>
        <source>Needed on this computer (kept in its keychain)</source>
        <translation>Needed on this computer (kept in its keychain)</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>CA Certificates</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Read the directory and apply what changed</source>
        <translation>Read the directory and apply what changed</translation>
    </message>
    <message>
        <source>%1 entries read…</source>
        <translation>%1 entries read…</translation>
    </message>
    <message>
        <source>No connection yet: fill in the server and Save, or Test Connection first.</source>
        <translation>No connection yet: fill in the server and Save, or Test Connection first.</translation>
    </message>
    <message>
        <source>Never run. The first run reads every entry.</source>
        <translation>Never run. The first run reads every entry.</translation>
    </message>
    <message>
        <source>Last run %1 (%2, %3 ms): %4 entries read, %5 new, %6 changed, %7 disabled, %8 left out.</source>
        <translation>Last run %1 (%2, %3 ms): %4 entries read, %5 new, %6 changed, %7 disabled, %8 left out.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>incremental</translation>
    </message>
    <message>
        <source>Last run %1 %2: %3</source>
        <translation>Last run %1 %2: %3</translation>
    </message>
    <message>
        <source>was stopped</source>
        <translation>was stopped</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Settings last changed by %1.</source>
        <translation>Settings last changed by %1.</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <source>%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left alone (added by hand or import).</source>
        <translation>%1 run: %2 entries read — %3 new, %4 changed, %5 unchanged, %6 disabled, %7 left alone (added by hand or import).</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Primary address changes</source>
        <translation>Primary address changes</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No admin roles</source>
        <translation>No admin roles</translation>
    </message>
    <message>
        <source>Removes: %1</source>
        <translation>Removes: %1</translation>
    </message>
    <message>
        <source>Disabled: gone from the directory</source>
        <translation>Disabled: gone from the directory</translation>
    </message>
    <message>
        <source>Still holds: %1</source>
        <translation>Still holds: %1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>Save Directory Synchronization</source>
        <translation>Save Directory Synchronization</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Test Connection failed: %1</source>
        <translation>Test Connection failed: %1</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>Reading the directory…</translation>
    </message>
    <message>
        <source>Sync All</source>
        <translation>Sync All</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 removes %3</source>
        <translation>%1 → %2 removes %3</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>no roles</translation>
    </message>
    <message>
        <source>Apply Address Changes</source>
        <translation>Apply Address Changes</translation>
    </message>
    <message numerus="yes">
        <source>The directory changed the primary address of %n person(s). Role membership follows the address, so these admin roles will be removed:

%1

Apply the sync with these changes?</source>
        <translation>
            <numerusform>The directory changed the primary address of %n person. Role membership follows the address, so these admin roles will be removed:

%1

Apply the sync with these changes?</numerusform>
            <numerusform>The directory changed the primary address of %n people. Role membership follows the address, so these admin roles will be removed:

%1

Apply the sync with these changes?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>never run</translation>
    </message>
    <message>
        <source>Connections below this master: %1.</source>
        <translation>Connections below this master: %1.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
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
        <translation>Edit Admin — %1</translation>
    </message>
    <message>
        <source>Roles and sign-in method of %1. Adding or removing a protected role (shown with a lock) needs a change request.</source>
        <translation>Roles and sign-in method of %1. Adding or removing a protected role (shown with a lock) needs a change request.</translation>
    </message>
    <message>
        <source>%1 File it under Account → Change Requests.</source>
        <translation>%1 File it under Account → Change Requests.</translation>
    </message>
</context>
<context>
    <name>warden::EnrollmentDialog</name>
    <message>
        <source>Welcome, %1. Replace the temporary password with your own and enroll your authenticator app to finish signing in.</source>
        <translation>Welcome, %1. Replace the temporary password with your own and enroll your authenticator app to finish signing in.</translation>
    </message>
    <message>
        <source>Enroll your authenticator app for %1 to finish signing in.</source>
        <translation>Enroll your authenticator app for %1 to finish signing in.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>warden::ExternalAdminsDialog</name>
    <message>
        <source>Manage External Administrators — %1</source>
        <translation>Manage External Administrators — %1</translation>
    </message>
    <message>
        <source>External administrators of %1 (%2) sign in through their partner (MSP) and act in this account with the role shown. Their addresses are outside %2&apos;s own domains.</source>
        <translation>External administrators of %1 (%2) sign in through their partner (MSP) and act in this account with the role shown. Their addresses are outside %2&apos;s own domains.</translation>
    </message>
    <message>
        <source>This account does not delegate to any partner yet.</source>
        <translation>This account does not delegate to any partner yet.</translation>
    </message>
    <message>
        <source>Delegates administration to: %1</source>
        <translation>Delegates administration to: %1</translation>
    </message>
    <message>
        <source>Select an external administrator first.</source>
        <translation>Select an external administrator first.</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 was added as %2.</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Change Role</translation>
    </message>
    <message>
        <source>New role for %1:</source>
        <translation>New role for %1:</translation>
    </message>
    <message>
        <source>%1 now has the role %2.</source>
        <translation>%1 now has the role %2.</translation>
    </message>
    <message>
        <source>Remove External Admin</source>
        <translation>Remove External Admin</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3? They lose access to this account at once.</source>
        <translation>Remove %1 (%2) from %3? They lose access to this account at once.</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 was removed.</translation>
    </message>
</context>
<context>
    <name>warden::ExternalAdminsModel</name>
    <message>
        <source>External admin email address</source>
        <translation>External admin email address</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Added on</translation>
    </message>
</context>
<context>
    <name>warden::FirstRunDialog</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>&amp;Create Administrator</source>
        <translation>&amp;Create Administrator</translation>
    </message>
</context>
<context>
    <name>warden::HealthBadge</name>
    <message numerus="yes">
        <source>Backup admins: %n rule(s) failing</source>
        <translation>
            <numerusform>Backup admins: %n rule failing</numerusform>
            <numerusform>Backup admins: %n rules failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup admins: %n warning(s)</source>
        <translation>
            <numerusform>Backup admins: %n warning</numerusform>
            <numerusform>Backup admins: %n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup admins: healthy</source>
        <translation>Backup admins: healthy</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) in 24 hours</source>
        <translation>
            <numerusform>%n failed sign-in in 24 hours</numerusform>
            <numerusform>%n failed sign-ins in 24 hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>see the Audit Log (action signin.failed) for the addresses and reasons</source>
        <translation>see the Audit Log (action signin.failed) for the addresses and reasons</translation>
    </message>
    <message>
        <source>%1 meets every backup-administrator rule.</source>
        <translation>%1 meets every backup-administrator rule.</translation>
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
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>UTF-8, comma-separated, with a header row. Columns: %1.</source>
        <translation>UTF-8, comma-separated, with a header row. Columns: %1.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Import &amp;into:</source>
        <translation>Import &amp;into:</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>First rows of the file:</translation>
    </message>
    <message>
        <source>%1 (%2) — rows without remoteaccountcode go here</source>
        <translation>%1 (%2) — rows without remoteaccountcode go here</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>Import Users</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>You may not import users into any account.</source>
        <translation>You may not import users into any account.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Check the file</translation>
    </message>
    <message>
        <source>Every row is checked before anything is imported; nothing changes yet.</source>
        <translation>Every row is checked before anything is imported; nothing changes yet.</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column headings of the address changes an import makes: file line, old address, new address.</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Becomes</translation>
    </message>
    <message>
        <source>Admin roles removed</source>
        <translation>Admin roles removed</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>I have reviewed the address changes; remove these %n admin role(s)</source>
        <translation>
            <numerusform>I have reviewed the address changes; remove this %n admin role</numerusform>
            <numerusform>I have reviewed the address changes; remove these %n admin roles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</source>
        <translation>%1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected; fix the file and check it again. Nothing will be imported while any row is rejected.</source>
        <translation>
            <numerusform>%n row rejected; fix the file and check it again. Nothing will be imported while any row is rejected.</numerusform>
            <numerusform>%n rows rejected; fix the file and check it again. Nothing will be imported while any row is rejected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>The first %1 are listed.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</source>
        <translation>Imported %1 rows: %2 new, %3 updated, %4 moved, %5 address changes, %6 role assignments.</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>The file&apos;s first rows</translation>
    </message>
</context>
<context>
    <name>warden::IpRestrictionsDialog</name>
    <message>
        <source>IP Restrictions — %1</source>
        <translation>IP Restrictions — %1</translation>
    </message>
    <message>
        <source>This console connects from %1.</source>
        <translation>This console connects from %1.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>an unknown address</translation>
    </message>
</context>
<context>
    <name>warden::MainWindow</name>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Accounts, roles and members</source>
        <translation>Accounts, roles and members</translation>
    </message>
    <message>
        <source>Filter accounts, roles and loaded members…</source>
        <translation>Filter accounts, roles and loaded members…</translation>
    </message>
    <message>
        <source>Select a role to see its permissions and members, or a member to see every role they hold. Right-click a role to add users to it.</source>
        <translation>Select a role to see its permissions and members, or a member to see every role they hold. Right-click a role to add users to it.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>no role</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <translation>Signed in as %1 — %2</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Select a role first.</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Select a member first.</translation>
    </message>
    <message>
        <source>About Warden</source>
        <translation>About Warden</translation>
    </message>
    <message>
        <source>Warden %1
Manage who administers email-security accounts, and with what powers.</source>
        <translation>Warden %1
Manage who administers email-security accounts, and with what powers.</translation>
    </message>
    <message>
        <source>Account Hierarchy</source>
        <translation>Account Hierarchy</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>Account hierarchy</source>
        <translation>Account hierarchy</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Admin Roles</source>
        <extracomment>The main window&apos;s title; the desktop shows it as &quot;Admin Roles — Warden&quot;.</extracomment>
        <translation>Admin Roles</translation>
    </message>
    <message>
        <source>Offline — reconnecting…</source>
        <translation>Offline — reconnecting…</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>The database server answers again; the console shows its current state.</source>
        <translation>The database server answers again; the console shows its current state.</translation>
    </message>
    <message>
        <source>The database server does not answer: %1 Warden keeps trying.</source>
        <translation>The database server does not answer: %1 Warden keeps trying.</translation>
    </message>
    <message numerus="yes">
        <source>Updated with %n change(s) made on other consoles.</source>
        <translation>
            <numerusform>Updated with %n change made on other consoles.</numerusform>
            <numerusform>Updated with %n changes made on other consoles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not following other consoles</source>
        <translation>Not following other consoles</translation>
    </message>
    <message>
        <source>Filter the tree</source>
        <translation>Filter the tree</translation>
    </message>
    <message>
        <source>Select a role to see its permissions and members, or a member to see every role they hold. Your access is read-only: you can look at everything here, and the greyed-out commands say why you cannot change it.</source>
        <translation>Select a role to see its permissions and members, or a member to see every role they hold. Your access is read-only: you can look at everything here, and the greyed-out commands say why you cannot change it.</translation>
    </message>
    <message>
        <source>Signed in as %1 — acting as %2 in %3</source>
        <extracomment>Status bar: who is signed in, and the roles they act with in the selected account.</extracomment>
        <translation>Signed in as %1 — acting as %2 in %3</translation>
    </message>
    <message>
        <source>What you may do in this account comes from these roles.</source>
        <translation>What you may do in this account comes from these roles.</translation>
    </message>
    <message>
        <source>Audit log warning: %1 Run Verify Chain in the Audit Log, and restore the database from a backup if entries are missing.</source>
        <translation>Audit log warning: %1 Run Verify Chain in the Audit Log, and restore the database from a backup if entries are missing.</translation>
    </message>
</context>
<context>
    <name>warden::MemberDetailsWidget</name>
    <message>
        <source>Roles held:</source>
        <translation>Roles held:</translation>
    </message>
    <message>
        <source>Effective permissions (hover a cell to see which role grants it):</source>
        <translation>Effective permissions (hover a cell to see which role grants it):</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n role(s) · protected permissions: %2</source>
        <translation>
            <numerusform>%1 · %n role · protected permissions: %2</numerusform>
            <numerusform>%1 · %n roles · protected permissions: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Change Primary &amp;Address…</source>
        <translation>Change Primary &amp;Address…</translation>
    </message>
    <message>
        <source>Changing the primary address removes the member&apos;s admin roles.</source>
        <translation>Changing the primary address removes the member&apos;s admin roles.</translation>
    </message>
    <message>
        <source>Change Primary Address</source>
        <translation>Change Primary Address</translation>
    </message>
    <message>
        <source>New primary SMTP address for %1 (admin roles are keyed by it):</source>
        <translation>New primary SMTP address for %1 (admin roles are keyed by it):</translation>
    </message>
    <message>
        <source>This change requires a change request.

%1</source>
        <translation>This change requires a change request.

%1</translation>
    </message>
    <message>
        <source>Changing %1 to %2 removes these admin roles:

%3

Change the address?</source>
        <translation>Changing %1 to %2 removes these admin roles:

%3

Change the address?</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>Roles held</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Effective permissions</translation>
    </message>
    <message>
        <source>R&amp;emove from Role</source>
        <translation>R&amp;emove from Role</translation>
    </message>
    <message>
        <source>Select a role held first.</source>
        <translation>Select a role held first.</translation>
    </message>
    <message>
        <source>Remove %1 from %2</source>
        <translation>Remove %1 from %2</translation>
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
        <translation>&amp;File Request</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>warden::PeoplePicker</name>
    <message>
        <source>Search the directory</source>
        <translation>Search the directory</translation>
    </message>
    <message>
        <source>Search by address or any part of the name…</source>
        <translation>Search by address or any part of the name…</translation>
    </message>
    <message>
        <source>Directory search results</source>
        <translation>Directory search results</translation>
    </message>
    <message>
        <source>Down from the search box moves here; %1</source>
        <translation>Down from the search box moves here; %1</translation>
    </message>
    <message>
        <source>Space ticks a person.</source>
        <translation>Space ticks a person.</translation>
    </message>
    <message>
        <source>the selected person is the one chosen.</source>
        <translation>the selected person is the one chosen.</translation>
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
        <translation>allowed</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>not allowed</translation>
    </message>
    <message>
        <source>%1 on %2: not allowed</source>
        <translation>%1 on %2: not allowed</translation>
    </message>
    <message>
        <source>%1 on %2: allowed</source>
        <translation>%1 on %2: allowed</translation>
    </message>
    <message>
        <source>%1 on %2: granted by %3</source>
        <translation>%1 on %2: granted by %3</translation>
    </message>
</context>
<context>
    <name>warden::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
</context>
<context>
    <name>warden::QrCodeWidget</name>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR code for the authenticator app</translation>
    </message>
</context>
<context>
    <name>warden::RecoveryKitExport</name>
    <message>
        <source>Export Recovery Kit</source>
        <translation>Export Recovery Kit</translation>
    </message>
    <message>
        <source>Warden recovery kits (*.kit)</source>
        <translation>Warden recovery kits (*.kit)</translation>
    </message>
    <message>
        <source>Recovery Kit Passphrase</source>
        <translation>Recovery Kit Passphrase</translation>
    </message>
    <message>
        <source>A passphrase of at least %1 characters. Keep it apart from the kit.</source>
        <translation>A passphrase of at least %1 characters. Keep it apart from the kit.</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>The passphrase again:</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>The two passphrases differ; nothing was written.</translation>
    </message>
    <message>
        <source>The recovery kit holds the database key. Exporting it is recorded in the audit log with your name. Confirm with your password and a new one-time code.</source>
        <translation>The recovery kit holds the database key. Exporting it is recorded in the audit log with your name. Confirm with your password and a new one-time code.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Cannot write the recovery kit to %1: %2</source>
        <translation>Cannot write the recovery kit to %1: %2</translation>
    </message>
    <message>
        <source>Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and offline.</source>
        <translation>Recovery kit written to %1. Keep it and its passphrase apart, somewhere safe and offline.</translation>
    </message>
</context>
<context>
    <name>warden::RequestAccessDialog</name>
    <message>
        <source>&amp;Request Access</source>
        <translation>&amp;Request Access</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Check Now</translation>
    </message>
    <message>
        <source>Request #%1 from %2 is filed. Read this fingerprint to the administrator who approves it, by phone or in person:</source>
        <translation>Request #%1 from %2 is filed. Read this fingerprint to the administrator who approves it, by phone or in person:</translation>
    </message>
    <message>
        <source>Waiting for approval… (this window checks by itself; the request expires after 24 hours)</source>
        <translation>Waiting for approval… (this window checks by itself; the request expires after 24 hours)</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Approved by %1.</translation>
    </message>
    <message>
        <source>Restore from Recovery Kit</source>
        <translation>Restore from Recovery Kit</translation>
    </message>
    <message>
        <source>Warden recovery kits (*.kit);;All files (*)</source>
        <translation>Warden recovery kits (*.kit);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Recovery Kit Passphrase</source>
        <translation>Recovery Kit Passphrase</translation>
    </message>
    <message>
        <source>The passphrase of %1:</source>
        <translation>The passphrase of %1:</translation>
    </message>
</context>
<context>
    <name>warden::RevealCredentialDialog</name>
    <message>
        <source>The password of the backup account %1, from the OS keychain. Your retrieval is recorded in the audit log.</source>
        <translation>The password of the backup account %1, from the OS keychain. Your retrieval is recorded in the audit log.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden in %n second(s).</source>
        <translation>
            <numerusform>Hidden in %n second.</numerusform>
            <numerusform>Hidden in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation>Hidden.</translation>
    </message>
</context>
<context>
    <name>warden::RoleCommands</name>
    <message>
        <source>Select a role first.</source>
        <translation>Select a role first.</translation>
    </message>
    <message>
        <source>Select a member of a role first.</source>
        <translation>Select a member of a role first.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Select an account first.</translation>
    </message>
    <message>
        <source>Add User to Role</source>
        <translation>Add User to Role</translation>
    </message>
    <message numerus="yes">
        <source>Added %n user(s) to %1.</source>
        <translation>
            <numerusform>Added %n user to %1.</numerusform>
            <numerusform>Added %n users to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Role</source>
        <translation>Remove from Role</translation>
    </message>
    <message>
        <source>Remove %1 from %2? They lose this role&apos;s permissions at once.</source>
        <translation>Remove %1 from %2? They lose this role&apos;s permissions at once.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>Removed %1 from %2.</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>New Role</translation>
    </message>
    <message>
        <source>Created role %1.</source>
        <translation>Created role %1.</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Edit Role</translation>
    </message>
    <message>
        <source>Saved role %1.</source>
        <translation>Saved role %1.</translation>
    </message>
    <message>
        <source>Copy Role</source>
        <translation>Copy Role</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copy of %1</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Delete Role</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s). Remove them from the role and delete it?</source>
        <translation>
            <numerusform>%1 still has %n member. Remove them from the role and delete it?</numerusform>
            <numerusform>%1 still has %n members. Remove them from the role and delete it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Delete the role %1?</translation>
    </message>
    <message>
        <source>Deleted role %1.</source>
        <translation>Deleted role %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the people you added cannot sign in yet: they have no sign-in method (a password or single sign-on).

%1

Open Admin Management to give them one?</source>
        <translation>
            <numerusform>%n of the people you added cannot sign in yet: they have no sign-in method (a password or single sign-on).

%1

Open Admin Management to give them one?</numerusform>
            <numerusform>%n of the people you added cannot sign in yet: they have no sign-in method (a password or single sign-on).

%1

Open Admin Management to give them one?</numerusform>
        </translation>
    </message>
    <message>
        <source>No Sign-in Method</source>
        <translation>No Sign-in Method</translation>
    </message>
    <message numerus="yes">
        <source>%n of the people you added cannot sign in yet: they have no sign-in method. An administrator who may use Admin Management can give them one.

%1</source>
        <translation>
            <numerusform>%n of the people you added cannot sign in yet: they have no sign-in method. An administrator who may use Admin Management can give them one.

%1</numerusform>
            <numerusform>%n of the people you added cannot sign in yet: they have no sign-in method. An administrator who may use Admin Management can give them one.

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is protected: each removal needs its own change request. This one is for %2.</source>
        <translation>%1 is protected: each removal needs its own change request. This one is for %2.</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people from %1? They lose this role&apos;s permissions at once.

%2</source>
        <translation>
            <numerusform>Remove this person (%n) from %1? They lose this role&apos;s permissions at once.

%2</numerusform>
            <numerusform>Remove these %n people from %1? They lose this role&apos;s permissions at once.

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n people from %1.</source>
        <translation>
            <numerusform>Removed %n person from %1.</numerusform>
            <numerusform>Removed %n people from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>warden::RoleDetailsWidget</name>
    <message>
        <source>&amp;Permissions</source>
        <translation>&amp;Permissions</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Members</translation>
    </message>
    <message>
        <source>Protected role</source>
        <translation>Protected role</translation>
    </message>
    <message>
        <source>Built-in role</source>
        <translation>Built-in role</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Custom role</translation>
    </message>
    <message>
        <source>protected: changes require a change request</source>
        <translation>protected: changes require a change request</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Protected permissions: %1</source>
        <translation>Protected permissions: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Role management: %1</source>
        <translation>Role management: %1</translation>
    </message>
    <message>
        <source>&amp;Members (%1)</source>
        <translation>&amp;Members (%1)</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>Permissions of the role</translation>
    </message>
    <message>
        <source>Members of the role</source>
        <translation>Members of the role</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>R&amp;emove</translation>
    </message>
    <message>
        <source>Add people from the directory to this role</source>
        <translation>Add people from the directory to this role</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Select a role first.</translation>
    </message>
    <message>
        <source>Select one or more members first.</source>
        <translation>Select one or more members first.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected member(s) from the role</source>
        <translation>
            <numerusform>Remove the %n selected member from the role</numerusform>
            <numerusform>Remove the %n selected members from the role</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody holds this role yet. Use Add… to add people from the directory.</source>
        <translation>Nobody holds this role yet. Use Add… to add people from the directory.</translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation>Nobody holds this role yet.</translation>
    </message>
</context>
<context>
    <name>warden::RoleEditorDialog</name>
    <message>
        <source>New Role</source>
        <translation>New Role</translation>
    </message>
    <message>
        <source>Edit Role — %1</source>
        <translation>Edit Role — %1</translation>
    </message>
</context>
<context>
    <name>warden::RoleMembersModel</name>
    <message>
        <source>Disabled</source>
        <extracomment>A member&apos;s state in the directory (adjective), in the Status column.</extracomment>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
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
        <translation>&amp;Sign In</translation>
    </message>
</context>
<context>
    <name>warden::TemporaryPasswordDialog</name>
    <message>
        <source>Give %1 this temporary password by a separate, trusted channel:</source>
        <translation>Give %1 this temporary password by a separate, trusted channel:</translation>
    </message>
</context>
</TS>
