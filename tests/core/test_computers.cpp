// Computers of a team database in the core: the rules for requesting, approving and revoking
// that the end-to-end test (tests/cli/test_team.cpp) does not reach cheaply — expiry after
// 24 hours and who may decide (Admin Management over the requester, a partner's home account);
// a locked keychain is in test_locked_keychain.cpp. A second computer here is a second connection with its own keychain
// namespace in the suite's real keyring.
#include "CoreFixture.h"
#include "PartnerSetup.h"
#include "security/Keychain.h"
#include "security/Totp.h"
#include "services/ComputerAccess.h"
#include "storage/Database.h"

#include <QTest>
#include <QUuid>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QString kPassword = QStringLiteral("a long enough password");

struct World
{
    qint64 now = QDateTime::currentSecsSinceEpoch();
    CoreFixture fixture {true, [this] { return now; }};
    QHash<QString, QByteArray> secrets;
    std::unique_ptr<Database> secondConnection;
    Keychain secondKeychain {QStringLiteral("warden-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces)};
    std::unique_ptr<ComputerAccess> second;

    World()
    {
        for (const P persona : {P::Super, P::Full, P::Basic, P::HelpDesk}) {
            secrets.insert(CoreFixture::email(persona), fixture.enroll(persona, kPassword));
        }
        secondConnection = std::move(Database::open(fixture.database().location())).value();
        second = std::make_unique<ComputerAccess>(*secondConnection, secondKeychain, [this] { return now; });
    }
    CoreServices& core() { return fixture.core(); }
    QString code(const QString& email)
    {
        now += 30;
        return Totp::codeAt(secrets.value(email), now);
    }
    int auditCount(const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        return int(core().audit().list(Actor::system(), filter).value().size());
    }
};

} // namespace

class TestComputers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnansweredRequestExpiresAfter24Hours()
    {
        World w;
        auto ticket = w.second->request(CoreFixture::email(P::Full), kPassword, QStringLiteral("laptop"));
        QVERIFY2(ticket, ticket ? "" : qPrintable(ticket.refusal().message));
        w.now += ComputerAccess::kRequestSeconds + 60;
        QCOMPARE(w.second->status().value().status, ComputerStatus::Expired);
        const Actor super = w.fixture.actor(P::Super);
        const Status late = w.core().computers().approve(super, ticket.value().id, ticket.value().fingerprint,
                                                         kPassword, w.code(CoreFixture::email(P::Super)));
        QVERIFY(!late);
        QCOMPARE(late.refusal().kind, Refusal::Kind::Conflict);
        QVERIFY2(late.refusal().message.contains(QLatin1String("expired")), qPrintable(late.refusal().message));
        // The next computer with the key records the expiry (and the request) in the audit log.
        w.fixture.reopen();
        QCOMPARE(w.auditCount(QStringLiteral("computer.expired")), 1);
        QCOMPARE(w.auditCount(QStringLiteral("computer.requested")), 1);
        // The computer may ask again.
        auto again = w.second->request(CoreFixture::email(P::Full), kPassword, QStringLiteral("laptop"));
        QVERIFY2(again, again ? "" : qPrintable(again.refusal().message));
    }

    void onlyAdminManagementOverTheRequesterDecides()
    {
        World w;
        auto ticket = w.second->request(CoreFixture::email(P::Full), kPassword, QStringLiteral("laptop"));
        QVERIFY(ticket);
        const qint64 id = ticket.value().id;
        for (const P persona : {P::Basic, P::HelpDesk}) {
            const Status denied = w.core().computers().approve(w.fixture.actor(persona), id, ticket.value().fingerprint,
                                                               kPassword, w.code(CoreFixture::email(persona)));
            QVERIFY(!denied);
            QCOMPARE(denied.refusal().kind, Refusal::Kind::Denied);
            QVERIFY(!w.core().computers().refuse(w.fixture.actor(persona), id));
        }
        const Status own = w.core().computers().approve(w.fixture.actor(P::Full), id, ticket.value().fingerprint,
                                                        kPassword, w.code(CoreFixture::email(P::Full)));
        QCOMPARE(own.refusal().kind, Refusal::Kind::Forbidden);
        QCOMPARE(w.second->status().value().status, ComputerStatus::Pending);
        QVERIFY(w.core().computers().refuse(w.fixture.actor(P::Super), id));
        QCOMPARE(w.second->status().value().status, ComputerStatus::Refused);
        auto refused = CoreServices::open(w.fixture.database().location(), w.secondKeychain);
        QVERIFY(!refused);
        QVERIFY2(refused.refusal().message.contains(QLatin1String("refused by")),
                 qPrintable(refused.refusal().message));
    }

    void partnerStaffAreApprovedFromTheirHomeAccount()
    {
        World w;
        PartnerSetup partner(w.fixture);
        const Actor system = Actor::system();
        // Bob runs the partner's own account (Super Administrator of NWMSP) and holds no role at ACME.
        auto super = w.core().roles().roleByName(system, partner.homeId(), QStringLiteral("Super Administrator"));
        QVERIFY(super);
        QVERIFY(w.core().roles().addMembers(system, super.value().id, {QStringLiteral("bob@nwmsp.test")}));
        for (const QString& email : {QStringLiteral("alice@nwmsp.test"), QStringLiteral("bob@nwmsp.test")}) {
            const QByteArray secret = Totp::generateSecret();
            QVERIFY(w.core().auth().enrollLocalPassword(system, email, kPassword, secret));
            w.secrets.insert(email, secret);
        }
        auto ticket = w.second->request(QStringLiteral("alice@nwmsp.test"), kPassword, QStringLiteral("msp-laptop"));
        QVERIFY2(ticket, ticket ? "" : qPrintable(ticket.refusal().message));
        auto bob = w.core().directory().find(system, QStringLiteral("bob@nwmsp.test"));
        QVERIFY(bob);
        Actor bobActor = partner.staff(bob.value().id, QStringLiteral("bob@nwmsp.test"));
        const Status approved = w.core().computers().approve(bobActor, ticket.value().id, ticket.value().fingerprint,
                                                             kPassword, w.code(QStringLiteral("bob@nwmsp.test")));
        QVERIFY2(approved, approved ? "" : qPrintable(approved.refusal().message));
        auto opened = CoreServices::open(w.fixture.database().location(), w.secondKeychain);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.refusal().message));
    }
};

QTEST_GUILESS_MAIN(TestComputers)
#include "test_computers.moc"
