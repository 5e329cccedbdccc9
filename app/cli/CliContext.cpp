#include "CliContext.h"

#include "CliExit.h"
#include "domain/IpRange.h"
#include "security/Base32.h"
#include "security/QrCode.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <termios.h>
#include <unistd.h>

namespace warden {

namespace {

const QString kSessionPurpose = QStringLiteral("cli-session/");

int exitCodeFor(Refusal::Kind kind)
{
    switch (kind) {
    case Refusal::Kind::Denied:
    case Refusal::Kind::NeedsChangeRequest:
    case Refusal::Kind::Authentication:
    case Refusal::Kind::EnrollmentRequired:
    case Refusal::Kind::Forbidden:
    case Refusal::Kind::ComputerNotApproved:
    case Refusal::Kind::DatabasePassword:
        return CliExit::Refused;
    case Refusal::Kind::BadInput:
    case Refusal::Kind::NotFound:
    case Refusal::Kind::Conflict:
        return CliExit::BadInput;
    case Refusal::Kind::Storage:
    case Refusal::Kind::Keychain:
        return CliExit::StorageError;
    case Refusal::Kind::DirectoryServer:
        return CliExit::DirectoryError;
    }
    return CliExit::StorageError;
}

} // namespace

CliContext::CliContext(QTextStream& out, QTextStream& err, QTextStream& in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{ }

void CliContext::print(const QJsonValue& json, const QString& text)
{
    if (jsonOutput) {
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

int CliContext::fail(const Refusal& refusal)
{
    m_err << refusal.message << Qt::endl;
    return exitCodeFor(refusal.kind);
}

QString CliContext::prompt(const QString& label, bool secret)
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

void CliContext::showAuthenticatorSetup(const QString& otpauthUri, const SecretBytes& secret)
{
    // The secret is shown once, to the person at the terminal (standard error), never logged.
    m_err << tr("Scan this QR code with an authenticator app, or enter the secret by hand:") << '\n'
          << QrCode::encode(otpauthUri).toText() << tr("Secret: %1").arg(Base32::encode(secret.bytes())) << '\n'
          << otpauthUri << Qt::endl;
}

QString CliContext::sessionKey(const QString& email) const
{
    return DatabaseSecrets::keychainKey(m_core->database().databaseId(), kSessionPurpose + email.trimmed().toLower());
}

DatabaseConnector::PasswordPrompt CliContext::databasePasswordPrompt()
{
    return [this](const QString& problem) -> std::optional<QString> {
        m_err << problem << Qt::endl;
        const QString password = prompt(tr("Database password: "), true);
        if (password.isEmpty()) {
            return std::nullopt;
        }
        return password;
    };
}

int CliContext::openDatabase()
{
    if (auto available = Keychain().checkAvailable(); !available) {
        return fail(available.refusal());
    }
    auto database = DatabaseConnector(Keychain()).connect(dbLocation, databasePasswordPrompt());
    if (!database) {
        return fail(database.refusal());
    }
    m_database = std::move(database).value();
    return CliExit::Ok;
}

int CliContext::openDatabaseToRead()
{
    const DatabaseConnector connector =
        Keychain().checkAvailable() ? DatabaseConnector(Keychain()) : DatabaseConnector::withoutKeychain();
    auto database = connector.connect(dbLocation, databasePasswordPrompt());
    if (!database) {
        return fail(database.refusal());
    }
    m_database = std::move(database).value();
    return CliExit::Ok;
}

int CliContext::openCore()
{
    auto core = CoreServices::open(dbLocation, Keychain(), {}, databasePasswordPrompt());
    if (!core) {
        return fail(core.refusal());
    }
    m_core = std::move(core).value();
    if (!m_core->startupWarning().isEmpty()) {
        m_err << tr("Warning: %1 Run \"wardenctl audit verify\".").arg(m_core->startupWarning()) << Qt::endl;
    }
    if (clientAddress) {
        auto address = parseClientAddress(*clientAddress);
        if (!address) {
            return fail(address.refusal());
        }
        m_core->auth().setClientAddress(address.value().toString());
    }
    return CliExit::Ok;
}

int CliContext::signIn()
{
    if (!asEmail) {
        return fail(Refusal {Refusal::Kind::BadInput, tr("Say who you are with --as EMAIL.")});
    }
    const Keychain keychain;
    const QString key = sessionKey(*asEmail);
    if (!otp) {
        auto token = keychain.read(key);
        if (token) {
            auto resumed = m_core->sessions().resumeSession(*asEmail, token.value());
            if (resumed) {
                m_actor = resumed.value();
                return CliExit::Ok;
            }
        } else if (token.refusal().kind != Refusal::Kind::NotFound) {
            return fail(token.refusal());
        }
    }
    QString password = qEnvironmentVariable("WARDEN_PASSWORD");
    if (password.isEmpty()) {
        password = prompt(tr("Password for %1: ").arg(*asEmail), true);
    }
    const QString code = otp ? *otp : prompt(tr("One-time code: "), false);
    auto actor = m_core->auth().signIn(*asEmail, password, code);
    password.fill(QLatin1Char('\0'));
    if (!actor && actor.refusal().kind == Refusal::Kind::EnrollmentRequired) {
        return fail(Refusal {Refusal::Kind::EnrollmentRequired,
                             actor.refusal().message + QLatin1Char(' ')
                                 + tr("Run \"wardenctl --as %1 enroll\".").arg(asEmail->trimmed())});
    }
    if (!actor) {
        return fail(actor.refusal());
    }
    m_actor = actor.value();
    return CliExit::Ok;
}

} // namespace warden
