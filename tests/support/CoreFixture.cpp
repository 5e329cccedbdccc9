#include "CoreFixture.h"

#include "security/Totp.h"

#include <QTest>

namespace warden::test {

namespace {

struct Seat
{
    CoreFixture::Persona persona;
    const char* email;
    const char* role;
};

constexpr Seat kSeats[] = {
    {CoreFixture::Persona::Super, "super@acme.test", "Super Administrator"},
    {CoreFixture::Persona::SecondSuper, "super2@acme.test", "Super Administrator"},
    {CoreFixture::Persona::Full, "full@acme.test", "Full Administrator"},
    {CoreFixture::Persona::Basic, "basic@acme.test", "Basic Administrator"},
    {CoreFixture::Persona::HelpDesk, "helpdesk@acme.test", "Help Desk Administrator"},
    {CoreFixture::Persona::Gateway, "gateway@acme.test", "Gateway Administrator"},
    {CoreFixture::Persona::Nobody, "nobody@acme.test", nullptr},
};

#define FIXTURE_REQUIRE(result)                                                                                        \
    if (!(result)) {                                                                                                   \
        qFatal("fixture: %s", qPrintable((result).refusal().message));                                                 \
    }

} // namespace

CoreFixture::CoreFixture(bool seedWorld, AuthService::Clock clock)
    : m_clock(std::move(clock))
{
    auto core = CoreServices::open(m_database.location(), Keychain(), m_clock);
    if (!core) {
        qFatal("fixture: %s", qPrintable(core.refusal().message));
    }
    m_core = std::move(core).value();
    if (seedWorld) {
        seed();
    }
}

CoreFixture::~CoreFixture()
{
    if (m_core) {
        (void)Keychain().remove(
            DatabaseSecrets::keychainKey(m_core->database().databaseId(), QStringLiteral("master-key")));
    }
}

void CoreFixture::reopen()
{
    m_core.reset();
    auto core = CoreServices::open(m_database.location(), Keychain(), m_clock);
    FIXTURE_REQUIRE(core);
    m_core = std::move(core).value();
}

std::unique_ptr<CoreServices> CoreFixture::anotherConsole() const
{
    auto core = CoreServices::open(m_database.location(), Keychain(), m_clock);
    FIXTURE_REQUIRE(core);
    return std::move(core).value();
}

QString CoreFixture::email(Persona persona)
{
    for (const Seat& seat : kSeats) {
        if (seat.persona == persona) {
            return QString::fromLatin1(seat.email);
        }
    }
    return {};
}

QString CoreFixture::plainUser(int i)
{
    return QStringLiteral("user%1@acme.test").arg(i, 2, 10, QLatin1Char('0'));
}

void CoreFixture::seed()
{
    const Actor system = Actor::system();
    auto account =
        m_core->accounts().create(system, QStringLiteral("ACME"), QStringLiteral("Acme Test"), AccountKind::Standard);
    FIXTURE_REQUIRE(account);
    m_accountId = account.value().id;
    auto domain = m_core->accounts().addDomain(system, m_accountId, QStringLiteral("acme.test"));
    FIXTURE_REQUIRE(domain);
    QList<User> users;
    for (const Seat& seat : kSeats) {
        User user;
        user.email = QString::fromLatin1(seat.email);
        user.displayName = QString::fromLatin1(seat.email).section(QLatin1Char('@'), 0, 0);
        users.append(user);
    }
    for (int i = 0; i < kPlainUsers; ++i) {
        User user;
        user.email = plainUser(i);
        user.displayName = QStringLiteral("Plain User %1").arg(i);
        users.append(user);
    }
    auto added = m_core->directory().addUsers(system, m_accountId, users);
    FIXTURE_REQUIRE(added);
    for (const Seat& seat : kSeats) {
        auto user = m_core->directory().find(system, QString::fromLatin1(seat.email));
        FIXTURE_REQUIRE(user);
        m_userIds.insert(static_cast<int>(seat.persona), user.value().id);
        if (seat.role != nullptr) {
            auto role = m_core->roles().roleByName(system, m_accountId, QString::fromLatin1(seat.role));
            FIXTURE_REQUIRE(role);
            auto member = m_core->roles().addMembers(system, role.value().id, {QString::fromLatin1(seat.email)});
            FIXTURE_REQUIRE(member);
        }
    }
}

Actor CoreFixture::actor(Persona persona) const
{
    return Actor {m_userIds.value(static_cast<int>(persona)), m_accountId, email(persona), false,
                  QStringLiteral("127.0.0.1")};
}

QByteArray CoreFixture::enroll(Persona persona, const QString& password)
{
    QByteArray secret = Totp::generateSecret();
    auto enrolled = m_core->auth().enrollLocalPassword(Actor::system(), email(persona), password, secret);
    FIXTURE_REQUIRE(enrolled);
    return secret;
}

Role CoreFixture::role(const QString& name)
{
    auto found = m_core->roles().roleByName(Actor::system(), m_accountId, name);
    if (!found) {
        qFatal("fixture: no role %s", qPrintable(name));
    }
    return found.value();
}

} // namespace warden::test
