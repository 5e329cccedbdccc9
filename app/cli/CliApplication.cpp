#include "CliApplication.h"

#include "DemoSeeder.h"
#include "Logging.h"
#include "domain/IpRange.h"
#include "security/Base32.h"
#include "security/PasswordHasher.h"
#include "security/QrCode.h"
#include "security/Totp.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <termios.h>
#include <unistd.h>

namespace warden {

namespace {

const QString kSessionPurpose = QStringLiteral("cli-session/");

CliApplication::ExitCode exitCodeFor(Refusal::Kind kind)
{
    switch (kind) {
    case Refusal::Kind::Denied:
    case Refusal::Kind::NeedsChangeRequest:
    case Refusal::Kind::Authentication:
    case Refusal::Kind::EnrollmentRequired:
    case Refusal::Kind::Forbidden:
        return CliApplication::Refused;
    case Refusal::Kind::BadInput:
    case Refusal::Kind::NotFound:
    case Refusal::Kind::Conflict:
        return CliApplication::BadInput;
    case Refusal::Kind::Storage:
    case Refusal::Kind::Keychain:
        return CliApplication::StorageError;
    }
    return CliApplication::StorageError;
}

QString sessionKey(const QString& databaseId, const QString& email)
{
    return DatabaseSecrets::keychainKey(databaseId, kSessionPurpose + email.trimmed().toLower());
}

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, QTextStream& in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{ }

int CliApplication::fail(const Refusal& refusal)
{
    m_err << refusal.message << Qt::endl;
    return exitCodeFor(refusal.kind);
}

QStringList CliApplication::verbs()
{
    return {QStringLiteral("init"),    QStringLiteral("demo"),      QStringLiteral("signin"),
            QStringLiteral("signout"), QStringLiteral("whoami"),    QStringLiteral("enroll"),
            QStringLiteral("account"), QStringLiteral("user"),      QStringLiteral("role"),
            QStringLiteral("audit"),   QStringLiteral("partner"),   QStringLiteral("external-admin"),
            QStringLiteral("ip"),      QStringLiteral("domain"),    QStringLiteral("import"),
            QStringLiteral("health"),  QStringLiteral("admin"),     QStringLiteral("request"),
            QStringLiteral("contact"), QStringLiteral("totp-code"), QStringLiteral("demo-code")};
}

QString CliApplication::verbUsage(const QString& verb)
{
    if (verb == QLatin1String("init")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  init --account-code CODE --account-name NAME --email EMAIL [--name NAME]");
    }
    if (verb == QLatin1String("demo")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  demo [--users N]");
    }
    if (verb == QLatin1String("signin") || verb == QLatin1String("signout") || verb == QLatin1String("whoami")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  signin | signout | whoami");
    }
    if (verb == QLatin1String("enroll")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  enroll   first sign-in with a temporary password: set your own (WARDEN_NEW_PASSWORD or\n"
                  "           prompted twice) and enroll an authenticator app (QR code, then --otp or a prompt)");
    }
    if (verb == QLatin1String("account")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  account list | show CODE | create --code C --name N --kind group|mail_processing --parent C");
    }
    if (verb == QLatin1String("user")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  user list --account C [--search TEXT] [--limit N] | show EMAIL | add --account C --email E\n"
                  "       [--name N] [--upn U] | disable EMAIL | enable EMAIL | set-upn EMAIL UPN\n"
                  "       set-address EMAIL NEW-EMAIL [--confirm]   (removes the user's admin roles)");
    }
    if (verb == QLatin1String("role")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  role list --account C | show --account C ROLE | members --account C ROLE\n"
                  "       add-member --account C ROLE EMAIL... | remove-member --account C ROLE EMAIL\n"
                  "       create --account C NAME [--description D] [--permissions JSON]\n"
                  "       copy --account C ROLE NEW-NAME | delete --account C ROLE [--remove-members]");
    }
    if (verb == QLatin1String("audit")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  audit list [--actor A] [--action A] [--target T] [--limit N] | verify | export [--output FILE]");
    }
    if (verb == QLatin1String("partner")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  partner list | delegate --account C PARTNER | revoke --account C PARTNER");
    }
    if (verb == QLatin1String("external-admin")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  external-admin list --account C | add --account C --role R EMAIL\n"
                  "       change-role --account C --role R EMAIL | remove --account C EMAIL\n"
                  "       apply --accounts C1,C2,... --role R EMAIL");
    }
    if (verb == QLatin1String("ip")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  ip show --account C | set --account C [--partner-exempt] CIDR...");
    }
    if (verb == QLatin1String("domain")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  domain add|link|unlink --account C DOMAIN");
    }
    if (verb == QLatin1String("import")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  import FILE|- [--account C] [--dry-run] [--confirm-address-changes]");
    }
    if (verb == QLatin1String("health")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  health [--account C] | record-test --account C --admin EMAIL --login pass|fail --mfa pass|fail\n"
                  "       --permissions pass|fail [--notes TEXT] | record-review --account C [--notes TEXT]");
    }
    if (verb == QLatin1String("admin")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  admin list --account C | add --account C --role R [--method sso|local_password] EMAIL\n"
                  "       edit --account C --roles R1,R2 [--method M] EMAIL | reset-password|delete --account C EMAIL\n"
                  "       backup --account C EMAIL on|off | reveal|rotate --account C EMAIL [--confirm-otp CODE]");
    }
    if (verb == QLatin1String("request")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  request list --account C | create --account C --kind K [--role R] [--user EMAIL] [--method M]\n"
                  "       --justification TEXT | approve ID [--confirm-otp CODE] | reject ID --note TEXT | cancel ID");
    }
    if (verb == QLatin1String("contact")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  contact list --account C | set --account C --email E --name N --title T [--director]\n"
                  "       remove --account C EMAIL");
    }
    if (verb == QLatin1String("totp-code")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  totp-code SECRET   print the current code for a base32 secret (like oathtool)");
    }
    if (verb == QLatin1String("demo-code")) {
        //: wardenctl usage of one command: its name, subcommands and options stay in English; align continuation lines.
        return tr("  demo-code EMAIL    print the current code of a demo administrator (secret from the keychain)");
    }
    return {};
}

QString CliApplication::usageText(const QString& verb)
{
    //: wardenctl usage: the first lines; option names and placeholders stay in English.
    const QString synopsis = tr("Usage: wardenctl [--db PATH|postgresql://...] [--as EMAIL] [--otp CODE] [--json] "
                                "[--log-level LEVEL]\n                 [--client-address IP] <command> [arguments]");
    //: wardenctl usage: where the password and code come from, and the exit codes.
    const QString footer =
        tr("The password comes from WARDEN_PASSWORD or a prompt; the one-time code from --otp or a prompt.\n"
           "Exit codes: 0 ok, 1 refused (permission, sign-in, change request needed, or a rule such as the last\n"
           "Super Administrator), 2 bad input, 3 storage or keychain error, 4 health failing.");
    QStringList commands;
    if (verb.isEmpty()) {
        for (const QString& name : verbs()) {
            if (const QString lines = verbUsage(name); !commands.contains(lines)) {
                commands.append(lines); // signin, signout and whoami share their line
            }
        }
    } else {
        commands.append(verbUsage(verb));
    }
    //: wardenctl usage: the heading above the list of commands.
    return synopsis + QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n') + commands.join(QLatin1Char('\n'))
        + QLatin1Char('\n') + footer;
}

int CliApplication::usage(const QString& problem)
{
    if (!problem.isEmpty()) {
        m_err << problem << Qt::endl;
    }
    m_err << usageText() << Qt::endl;
    return BadInput;
}

int CliApplication::help(const QString& verb)
{
    if (!verb.isEmpty() && verbUsage(verb).isEmpty()) {
        return usage(tr("Unknown command \"%1\".").arg(verb));
    }
    m_out << usageText(verb) << Qt::endl;
    return Ok;
}

std::optional<QString> CliApplication::option(const QString& name)
{
    const QString longName = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args.at(i) == longName && i + 1 < m_args.size()) {
            const QString value = m_args.at(i + 1);
            m_args.remove(i, 2);
            return value;
        }
        if (m_args.at(i).startsWith(longName + QLatin1Char('='))) {
            const QString value = m_args.at(i).mid(longName.size() + 1);
            m_args.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool CliApplication::flag(const QString& name)
{
    return m_args.removeAll(QStringLiteral("--") + name) > 0;
}

QString CliApplication::takePositional()
{
    // Every --option takes a value except these flags, so an option's value is never taken for a
    // positional argument, whatever the order on the command line ("edit --roles A,B EMAIL").
    static const QStringList kFlags {QStringLiteral("--json"),           QStringLiteral("--help"),
                                     QStringLiteral("--partner-exempt"), QStringLiteral("--confirm"),
                                     QStringLiteral("--dry-run"),        QStringLiteral("--confirm-address-changes"),
                                     QStringLiteral("--director"),       QStringLiteral("--remove-members")};
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString& argument = m_args.at(i);
        if (argument == QLatin1String("-")) {
            return m_args.takeAt(i); // standard input, for import
        }
        if (!argument.startsWith(QLatin1String("--"))) {
            return m_args.takeAt(i);
        }
        if (!kFlags.contains(argument) && !argument.contains(QLatin1Char('='))) {
            ++i; // skip the option's value
        }
    }
    return {};
}

void CliApplication::print(const QJsonValue& json, const QString& text)
{
    if (m_json) {
        m_out << (json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented));
    } else {
        m_out << text;
        if (!text.endsWith(QLatin1Char('\n'))) {
            m_out << Qt::endl;
        }
    }
    m_out.flush();
}

QString CliApplication::prompt(const QString& label, bool secret)
{
    m_err << label << Qt::flush;
    termios saved {};
    const bool terminal = isatty(STDIN_FILENO) != 0 && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (secret && terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QString line = m_in.readLine();
    if (secret && terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << Qt::endl;
    }
    return line;
}

int CliApplication::run(const QStringList& arguments)
{
    m_args = arguments;
    if (m_args.isEmpty()) {
        return usage();
    }
    // "wardenctl help [VERB]", "wardenctl VERB --help" and "wardenctl --help" print the usage on
    // standard output: all of it, or the verb's.
    if (flag(QStringLiteral("help")) || m_args.removeAll(QStringLiteral("-h")) > 0) {
        const QStringList rest = m_args;
        const auto verb =
            std::find_if(rest.cbegin(), rest.cend(), [](const QString& a) { return !verbUsage(a).isEmpty(); });
        return help(verb == rest.cend() ? QString() : *verb);
    }

    m_json = flag(QStringLiteral("json"));
    const auto askedLevel = option(QStringLiteral("log-level"));
    const QString level = askedLevel.value_or(QStringLiteral("warn"));
    if (!Logging::isValidLevel(level)) {
        return usage(tr("Unknown log level \"%1\" (trace, debug, info, warn, error, critical, off).").arg(level));
    }
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // stderr is for the messages meant for a person; log lines join them only when asked for.
    Logging::initialize(QDir(dataDir).filePath(QStringLiteral("logs")), level,
                        askedLevel ? Logging::Stderr::AtLevel : Logging::Stderr::Off);
    m_dbLocation =
        option(QStringLiteral("db")).value_or(qEnvironmentVariable("WARDEN_DB", Database::defaultLocation()));
    m_asEmail = option(QStringLiteral("as"));
    m_otp = option(QStringLiteral("otp"));
    m_clientAddress = option(QStringLiteral("client-address"));
    return dispatch();
}

int CliApplication::dispatch()
{
    const QString command = takePositional();
    if (command == QLatin1String("help")) {
        return help(takePositional());
    }
    if (command == QLatin1String("totp-code")) {
        return cmdTotpCode();
    }
    if (const int opened = openCore(); opened != Ok) {
        return opened;
    }
    if (command == QLatin1String("init")) {
        return cmdInit();
    }
    if (command == QLatin1String("demo")) {
        return cmdDemo();
    }
    if (command == QLatin1String("demo-code")) {
        return cmdDemoCode();
    }
    if (command == QLatin1String("signin")) {
        return cmdSignin();
    }
    if (command == QLatin1String("enroll")) {
        return cmdEnroll();
    }
    const QStringList known = {QStringLiteral("signout"),        QStringLiteral("whoami"),  QStringLiteral("account"),
                               QStringLiteral("user"),           QStringLiteral("role"),    QStringLiteral("audit"),
                               QStringLiteral("partner"),        QStringLiteral("ip"),      QStringLiteral("domain"),
                               QStringLiteral("external-admin"), QStringLiteral("import"),  QStringLiteral("health"),
                               QStringLiteral("admin"),          QStringLiteral("request"), QStringLiteral("contact")};
    if (!known.contains(command)) {
        return usage(command.isEmpty() ? QString() : tr("Unknown command \"%1\".").arg(command));
    }
    if (const int signedIn = signIn(); signedIn != Ok) {
        return signedIn;
    }
    if (command == QLatin1String("signout")) {
        return cmdSignout();
    }
    if (command == QLatin1String("whoami")) {
        return cmdWhoami();
    }
    if (command == QLatin1String("account")) {
        return cmdAccount();
    }
    if (command == QLatin1String("user")) {
        return cmdUser();
    }
    if (command == QLatin1String("role")) {
        return cmdRole();
    }
    if (command == QLatin1String("partner")) {
        return cmdPartner();
    }
    if (command == QLatin1String("external-admin")) {
        return cmdExternalAdmin();
    }
    if (command == QLatin1String("ip")) {
        return cmdIpAllowList();
    }
    if (command == QLatin1String("domain")) {
        return cmdDomain();
    }
    if (command == QLatin1String("import")) {
        return cmdImport();
    }
    if (command == QLatin1String("health")) {
        return cmdHealth();
    }
    if (command == QLatin1String("admin")) {
        return cmdAdmin();
    }
    if (command == QLatin1String("request")) {
        return cmdRequest();
    }
    if (command == QLatin1String("contact")) {
        return cmdContact();
    }
    return cmdAudit();
}

int CliApplication::openCore()
{
    auto core = CoreServices::open(m_dbLocation);
    if (!core) {
        return fail(core.refusal());
    }
    m_core = std::move(core).value();
    if (!m_core->startupWarning().isEmpty()) {
        m_err << tr("Warning: %1 Run \"wardenctl audit verify\".").arg(m_core->startupWarning()) << Qt::endl;
    }
    if (m_clientAddress) {
        auto address = parseClientAddress(*m_clientAddress);
        if (!address) {
            return fail(address.refusal());
        }
        m_core->auth().setClientAddress(address.value().toString());
    }
    return Ok;
}

int CliApplication::signIn()
{
    const auto& email = m_asEmail;
    const auto& otp = m_otp;
    if (!email) {
        return usage(tr("Say who you are with --as EMAIL."));
    }
    const Keychain keychain;
    const QString key = sessionKey(m_core->database().databaseId(), *email);
    if (!otp) {
        auto token = keychain.read(key);
        if (token) {
            auto resumed = m_core->auth().resumeSession(*email, token.value());
            if (resumed) {
                m_actor = resumed.value();
                return Ok;
            }
        } else if (token.refusal().kind != Refusal::Kind::NotFound) {
            return fail(token.refusal());
        }
    }
    QString password = qEnvironmentVariable("WARDEN_PASSWORD");
    if (password.isEmpty()) {
        password = prompt(tr("Password for %1: ").arg(*email), true);
    }
    const QString code = otp ? *otp : prompt(tr("One-time code: "), false);
    auto actor = m_core->auth().signIn(*email, password, code);
    password.fill(QLatin1Char('\0'));
    if (!actor && actor.refusal().kind == Refusal::Kind::EnrollmentRequired) {
        return fail(Refusal {Refusal::Kind::EnrollmentRequired,
                             actor.refusal().message + QLatin1Char(' ')
                                 + tr("Run \"wardenctl --as %1 enroll\".").arg(email->trimmed())});
    }
    if (!actor) {
        return fail(actor.refusal());
    }
    m_actor = actor.value();
    return Ok;
}

int CliApplication::cmdSignin()
{
    if (const int signedIn = signIn(); signedIn != Ok) {
        return signedIn;
    }
    auto token = m_core->auth().openSession(*m_actor);
    if (!token) {
        return fail(token.refusal());
    }
    if (auto stored = Keychain().write(sessionKey(m_core->database().databaseId(), m_actor->email), token.value());
        !stored) {
        (void)m_core->auth().closeSession(token.value());
        return fail(stored.refusal());
    }
    print(QJsonObject {{QStringLiteral("email"), m_actor->email},
                       {QStringLiteral("sessionMinutes"), AuthService::kSessionSeconds / 60}},
          tr("Signed in as %1; the session lasts %2 minutes after the last command.")
              .arg(m_actor->email)
              .arg(AuthService::kSessionSeconds / 60));
    return Ok;
}

void CliApplication::showAuthenticatorSetup(const QString& otpauthUri, const SecretBytes& secret)
{
    // The secret is shown once, to the person at the terminal (standard error), never logged.
    m_err << tr("Scan this QR code with an authenticator app, or enter the secret by hand:") << '\n'
          << QrCode::encode(otpauthUri).toText() << tr("Secret: %1").arg(Base32::encode(secret.bytes())) << '\n'
          << otpauthUri << Qt::endl;
}

int CliApplication::cmdEnroll()
{
    if (!m_asEmail) {
        return usage(tr("Say who you are with --as EMAIL."));
    }
    QString password = qEnvironmentVariable("WARDEN_PASSWORD");
    if (password.isEmpty()) {
        password = prompt(tr("Temporary password for %1: ").arg(*m_asEmail), true);
    }
    auto enrollment = m_core->auth().beginEnrollment(*m_asEmail, password);
    password.fill(QLatin1Char('\0'));
    if (!enrollment) {
        return fail(enrollment.refusal());
    }
    QString newPassword;
    if (enrollment.value().needsNewPassword) {
        newPassword = qEnvironmentVariable("WARDEN_NEW_PASSWORD");
        if (newPassword.isEmpty()) {
            newPassword = prompt(tr("Choose your password: "), true);
            QString again = prompt(tr("The same password again: "), true);
            const bool same = again == newPassword;
            again.fill(QLatin1Char('\0'));
            if (!same) {
                newPassword.fill(QLatin1Char('\0'));
                return fail(Refusal {Refusal::Kind::BadInput, tr("The two passwords differ; nothing was changed.")});
            }
        }
        if (const QString problem = PasswordHasher::policyProblem(newPassword); !problem.isEmpty()) {
            return fail(Refusal {Refusal::Kind::BadInput, problem});
        }
    }
    showAuthenticatorSetup(enrollment.value().otpauthUri, enrollment.value().totpSecret);
    const QString code = m_otp ? *m_otp : prompt(tr("One-time code from the app: "), false);
    auto actor = m_core->auth().completeEnrollment(enrollment.value(), newPassword, code);
    newPassword.fill(QLatin1Char('\0'));
    if (!actor) {
        return fail(actor.refusal());
    }
    print(QJsonObject {{QStringLiteral("email"), actor.value().email}, {QStringLiteral("enrolled"), true}},
          tr("%1 is enrolled: sign in with your new password and a code from the app.").arg(actor.value().email));
    return Ok;
}

int CliApplication::cmdSignout()
{
    const Keychain keychain;
    const QString key = sessionKey(m_core->database().databaseId(), m_actor->email);
    auto token = keychain.read(key);
    if (token) {
        (void)m_core->auth().closeSession(token.value());
    }
    if (auto removed = keychain.remove(key); !removed) {
        return fail(removed.refusal());
    }
    print(QJsonObject {{QStringLiteral("signedOut"), m_actor->email}}, tr("Signed out."));
    return Ok;
}

int CliApplication::cmdWhoami()
{
    QJsonArray accounts;
    QStringList lines {tr("Signed in as %1").arg(m_actor->email)};
    auto visible = m_core->accounts().visibleAccounts(*m_actor);
    if (!visible) {
        return fail(visible.refusal());
    }
    for (const Account& a : visible.value()) {
        auto names = m_core->authorizer().roleNames(*m_actor, a.id);
        const QStringList roleNames = names ? names.value() : QStringList();
        accounts.append(QJsonObject {{QStringLiteral("code"), a.code},
                                     {QStringLiteral("name"), a.name},
                                     {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames)}});
        lines.append(QStringLiteral("  %1 (%2): %3").arg(a.code, a.name, roleNames.join(QStringLiteral(", "))));
    }
    print(QJsonObject {{QStringLiteral("email"), m_actor->email}, {QStringLiteral("accounts"), accounts}},
          lines.join(QLatin1Char('\n')));
    return Ok;
}

int CliApplication::cmdTotpCode()
{
    const QString secret = takePositional();
    const auto decoded = Base32::decode(secret);
    if (secret.isEmpty() || !decoded || decoded->isEmpty()) {
        return usage(tr("totp-code needs a base32 secret."));
    }
    m_out << Totp::codeAt(*decoded, QDateTime::currentSecsSinceEpoch()) << Qt::endl;
    return Ok;
}

int CliApplication::cmdDemoCode()
{
    const QString email = takePositional();
    auto secret = Keychain().read(DemoSeeder::demoSecretKey(m_core->database().databaseId(), email));
    if (!secret) {
        return fail(
            secret.refusal().kind == Refusal::Kind::NotFound
                ? Refusal {Refusal::Kind::NotFound, tr("%1 is not a demo administrator of this database.").arg(email)}
                : secret.refusal());
    }
    m_out << Totp::codeAt(secret.value(), QDateTime::currentSecsSinceEpoch()) << Qt::endl;
    return Ok;
}

int CliApplication::cmdInit()
{
    const auto code = option(QStringLiteral("account-code"));
    const auto name = option(QStringLiteral("account-name"));
    const auto email = option(QStringLiteral("email"));
    const QString displayName = option(QStringLiteral("name")).value_or(QString());
    const auto& otp = m_otp;
    if (!code || !name || !email) {
        return usage(tr("init needs --account-code, --account-name and --email."));
    }
    auto enrollment = m_core->auth().startFirstRun(*email, displayName, *code, *name);
    if (!enrollment) {
        return fail(enrollment.refusal());
    }
    QString password = qEnvironmentVariable("WARDEN_PASSWORD");
    if (password.isEmpty()) {
        password = prompt(tr("New password for %1: ").arg(*email), true);
    }
    if (const QString problem = PasswordHasher::policyProblem(password); !problem.isEmpty()) {
        return fail(Refusal {Refusal::Kind::BadInput, problem});
    }
    showAuthenticatorSetup(enrollment.value().otpauthUri, enrollment.value().totpSecret);
    const QString confirmation = otp ? *otp : prompt(tr("One-time code from the app: "), false);
    auto actor = m_core->auth().completeFirstRun(enrollment.value(), password, confirmation);
    password.fill(QLatin1Char('\0'));
    if (!actor) {
        return fail(actor.refusal());
    }
    print(QJsonObject {{QStringLiteral("superAdministrator"), actor.value().email},
                       {QStringLiteral("account"), code->trimmed()}},
          tr("Created account %1 with %2 as its first Super Administrator.").arg(code->trimmed(), actor.value().email));
    return Ok;
}

int CliApplication::cmdDemo()
{
    bool numberOk = true;
    const int users = option(QStringLiteral("users")).value_or(QStringLiteral("2000")).toInt(&numberOk);
    if (!numberOk || users < 10 || users > 2000000) {
        return usage(tr("--users takes a number from 10 to 2000000."));
    }
    DemoSeeder seeder(*m_core);
    auto seeded = seeder.seed(users);
    if (!seeded) {
        return fail(seeded.refusal());
    }
    QJsonArray admins;
    QStringList lines {tr("Demo database ready at %1.").arg(m_dbLocation),
                       tr("Every demo administrator's password is: %1").arg(DemoSeeder::kDemoPassword),
                       tr("One-time codes: wardenctl totp-code SECRET, or add the secret to an authenticator app."),
                       QString()};
    for (const DemoAdmin& admin : seeded.value()) {
        admins.append(QJsonObject {{QStringLiteral("email"), admin.email},
                                   {QStringLiteral("role"), admin.role},
                                   {QStringLiteral("account"), admin.accountCode},
                                   {QStringLiteral("totpSecret"), admin.totpSecret}});
        lines.append(QStringLiteral("  %1  %2 (%3)  TOTP secret %4")
                         .arg(admin.email.leftJustified(28), admin.role, admin.accountCode, admin.totpSecret));
    }
    print(QJsonObject {{QStringLiteral("password"), DemoSeeder::kDemoPassword}, {QStringLiteral("admins"), admins}},
          lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace warden
