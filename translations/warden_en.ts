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
</context>
<context>
    <name>AddUsersToRoleDialog</name>
    <message>
        <source>Add User to Role</source>
        <translation>Add User to Role</translation>
    </message>
    <message>
        <source>Search the internal directory by address or name…</source>
        <translation>Search the internal directory by address or name…</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Select all shown</translation>
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
        <source>The audit log&apos;s head record is missing.</source>
        <translation>The audit log&apos;s head record is missing.</translation>
    </message>
    <message>
        <source>The audit log&apos;s head record was altered.</source>
        <translation>The audit log&apos;s head record was altered.</translation>
    </message>
    <message>
        <source>The newest entries, from entry %1 to %2, were removed.</source>
        <translation>The newest entries, from entry %1 to %2, were removed.</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Could not write the export: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogWidget</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
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
        <source>Only a signed-in administrator can open a session.</source>
        <translation>Only a signed-in administrator can open a session.</translation>
    </message>
    <message>
        <source>The session has ended; sign in again.</source>
        <translation>The session has ended; sign in again.</translation>
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
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] [--log-level LEVEL]
                 &lt;command&gt; [arguments]
Commands:
  init --account-code CODE --account-name NAME --email EMAIL [--name NAME]
  demo [--users N]
  signin | signout | whoami
  account list | show CODE | create --code C --name N --kind group|mail_processing --parent C
  user list --account C [--search TEXT] [--limit N] | show EMAIL | add --account C --email E
       [--name N] [--upn U] | disable EMAIL | enable EMAIL
  role list --account C | show --account C ROLE | members --account C ROLE
       add-member --account C ROLE EMAIL... | remove-member --account C ROLE EMAIL
       create --account C NAME [--description D] [--permissions JSON]
       copy --account C ROLE NEW-NAME | delete --account C ROLE [--remove-members]
  audit list [--actor A] [--action A] [--target T] [--limit N] | verify | export [--output FILE]
  totp-code SECRET   print the current code for a base32 secret (like oathtool)
  demo-code EMAIL    print the current code of a demo administrator (secret from the keychain)
The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.
Exit codes: 0 ok, 1 refused, 2 bad input, 3 storage or keychain error.</source>
        <translation>Usage: wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] [--log-level LEVEL]
                 &lt;command&gt; [arguments]
Commands:
  init --account-code CODE --account-name NAME --email EMAIL [--name NAME]
  demo [--users N]
  signin | signout | whoami
  account list | show CODE | create --code C --name N --kind group|mail_processing --parent C
  user list --account C [--search TEXT] [--limit N] | show EMAIL | add --account C --email E
       [--name N] [--upn U] | disable EMAIL | enable EMAIL
  role list --account C | show --account C ROLE | members --account C ROLE
       add-member --account C ROLE EMAIL... | remove-member --account C ROLE EMAIL
       create --account C NAME [--description D] [--permissions JSON]
       copy --account C ROLE NEW-NAME | delete --account C ROLE [--remove-members]
  audit list [--actor A] [--action A] [--target T] [--limit N] | verify | export [--output FILE]
  totp-code SECRET   print the current code for a base32 secret (like oathtool)
  demo-code EMAIL    print the current code of a demo administrator (secret from the keychain)
The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.
Exit codes: 0 ok, 1 refused, 2 bad input, 3 storage or keychain error.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot; (trace, debug, info, warn, error, critical, off).</source>
        <translation>Unknown log level &quot;%1&quot; (trace, debug, info, warn, error, critical, off).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Say who you are with --as EMAIL.</source>
        <translation>Say who you are with --as EMAIL.</translation>
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
        <source>Signed in as %1; the session lasts %2 minutes after the last command.</source>
        <translation>Signed in as %1; the session lasts %2 minutes after the last command.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>totp-code needs a base32 secret.</source>
        <translation>totp-code needs a base32 secret.</translation>
    </message>
    <message>
        <source>%1 is not a demo administrator of this database.</source>
        <translation>%1 is not a demo administrator of this database.</translation>
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
        <source>Scan this QR code with an authenticator app, or enter the secret by hand:</source>
        <translation>Scan this QR code with an authenticator app, or enter the secret by hand:</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <translation>Secret: %1</translation>
    </message>
    <message>
        <source>One-time code from the app: </source>
        <translation>One-time code from the app: </translation>
    </message>
    <message>
        <source>Created account %1 with %2 as its first Super Administrator.</source>
        <translation>Created account %1 with %2 as its first Super Administrator.</translation>
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
        <source>Name the account with --account CODE.</source>
        <translation>Name the account with --account CODE.</translation>
    </message>
    <message>
        <source>Name the role.</source>
        <translation>Name the role.</translation>
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
    <message>
        <source>account takes list, show or create.</source>
        <translation>account takes list, show or create.</translation>
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
        <source>user takes list, show, add, disable or enable.</source>
        <translation>user takes list, show, add, disable or enable.</translation>
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
        <source>role takes list, show, members, add-member, remove-member, create, copy or delete.</source>
        <translation>role takes list, show, members, add-member, remove-member, create, copy or delete.</translation>
    </message>
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
        <source>audit takes list, verify or export.</source>
        <translation>audit takes list, verify or export.</translation>
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
        <source>This database&apos;s key is not in this computer&apos;s keychain (entry %1). Restore it from the keychain where the database was created; Warden will not create a new one.</source>
        <translation>This database&apos;s key is not in this computer&apos;s keychain (entry %1). Restore it from the keychain where the database was created; Warden will not create a new one.</translation>
    </message>
    <message>
        <source>A sealed secret in the database is damaged.</source>
        <translation>A sealed secret in the database is damaged.</translation>
    </message>
    <message>
        <source>A sealed secret in the database does not open with this keychain&apos;s key.</source>
        <translation>A sealed secret in the database does not open with this keychain&apos;s key.</translation>
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
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; is not a valid email address.</translation>
    </message>
    <message>
        <source>%1 is not in one of this account&apos;s internal domains (%2).</source>
        <translation>%1 is not in one of this account&apos;s internal domains (%2).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>The name or UPN of %1 is longer than 256 characters.</source>
        <translation>The name or UPN of %1 is longer than 256 characters.</translation>
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
    <name>Repository</name>
    <message>
        <source>No such account.</source>
        <translation>No such account.</translation>
    </message>
    <message>
        <source>There is no account with the code &quot;%1&quot;.</source>
        <translation>There is no account with the code &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>No such user.</translation>
    </message>
    <message>
        <source>%1 is not in the internal directory.</source>
        <translation>%1 is not in the internal directory.</translation>
    </message>
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
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Warden</source>
        <translation>Sign in to Warden</translation>
    </message>
    <message>
        <source>Sign in with your administrator address, password and the one-time code from your authenticator app.</source>
        <translation>Sign in with your administrator address, password and the one-time code from your authenticator app.</translation>
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
    <name>warden::AuditLogModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
</context>
<context>
    <name>warden::AuditLogWidget</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry checked.</numerusform>
            <numerusform>The audit log is intact: %n entries checked.</numerusform>
        </translation>
    </message>
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
    <name>warden::MainWindow</name>
    <message>
        <source>Requires a change request. %1</source>
        <translation>Requires a change request. %1</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Warden — Admin Roles</source>
        <translation>Warden — Admin Roles</translation>
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
        <source>Select a member of a role first.</source>
        <translation>Select a member of a role first.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Select an account first.</translation>
    </message>
    <message>
        <source>Select a member first.</source>
        <translation>Select a member first.</translation>
    </message>
    <message>
        <source>This change requires a change request.

%1</source>
        <translation>This change requires a change request.

%1</translation>
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
</TS>
