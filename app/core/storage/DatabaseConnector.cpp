#include "DatabaseConnector.h"

#include "../Logging.h"
#include "../security/Sodium.h"

#include <QUrl>

namespace warden {

DatabaseConnector::DatabaseConnector(Keychain keychain)
    : m_keychain(std::move(keychain))
{ }

QString DatabaseConnector::passwordEntry(const QString& location)
{
    const QUrl url(location);
    return QStringLiteral("warden/db-password/%1@%2:%3%4")
        .arg(url.userName(), url.host())
        .arg(url.port(5432))
        .arg(url.path());
}

DatabaseConnector DatabaseConnector::withoutKeychain()
{
    DatabaseConnector connector {Keychain()};
    connector.m_useKeychain = false;
    return connector;
}

Result<std::unique_ptr<Database>> DatabaseConnector::connect(const QString& location,
                                                             const PasswordPrompt& askPassword) const
{
    if (!Database::isPostgresLocation(location) || !QUrl(location).password().isEmpty()) {
        return Database::open(location);
    }
    const QString entry = passwordEntry(location);
    auto stored =
        m_useKeychain ? m_keychain.read(entry) : Result<QByteArray>(Refusal {Refusal::Kind::NotFound, QString()});
    if (!stored && stored.refusal().kind != Refusal::Kind::NotFound) {
        return stored.refusal();
    }
    if (stored) {
        SecretBytes password(std::move(stored).value());
        auto opened = Database::open(location, 5000, QString::fromUtf8(password.bytes()));
        if (opened || !Database::isPasswordProblem(opened.refusal())) {
            return opened;
        }
        logger("storage")->warn("the database password in the keychain was refused");
    }
    // No stored password (or a refused one): the environment, libpq's own sources, then a person.
    QString password = qEnvironmentVariable("WARDEN_DB_PASSWORD");
    auto opened = Database::open(location, 5000, password);
    for (int attempt = 0; !opened && Database::isPasswordProblem(opened.refusal()) && askPassword && attempt < 3;
         ++attempt) {
        const auto asked = askPassword(opened.refusal().message);
        if (!asked) {
            return opened.refusal();
        }
        password = *asked;
        opened = Database::open(location, 5000, password);
    }
    if (opened && !password.isEmpty() && m_useKeychain) {
        QByteArray utf8 = password.toUtf8();
        password.fill(QLatin1Char('\0'));
        const Status kept = m_keychain.write(entry, utf8);
        Sodium::wipe(utf8);
        if (!kept) {
            return kept.refusal();
        }
    }
    return opened;
}

} // namespace warden
