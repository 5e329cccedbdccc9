// Rules that read and then write hold when two consoles write at the same moment. Each console
// is a process with its own CoreServices and connections (this executable again, with --racer);
// the first is held inside its write,
// after its checks and just before its commit (WritePath::setBeforeCommit), while the second
// starts the conflicting write; then the first is let go. Without the one write lock both would
// pass their checks on the same state (PostgreSQL's READ COMMITTED), and e.g. an account would
// lose both Super Administrators.
#include "CoreFixture.h"
#include "security/Totp.h"

#include <QProcess>
#include <QTest>
#include <QTextStream>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QString kPassword = QStringLiteral("a long enough password");
const QString kPrefix = QStringLiteral("racer: ");

/// What a racing console does, as arguments to this executable run with --racer.
struct Console
{
    Actor actor;
    QStringList step; ///< "remove-member ROLE EMAIL", "create-role ACCOUNT NAME", "add-member ROLE EMAIL",
                      ///< "approve REQUEST CODE", "churn ROLE FIRST-USER"
};

/// One racing console: this test executable run again with --racer, a process with its own
/// connection (the OS keychain answers one thread per process). It prints "held" and waits for a
/// line on standard input when its write is about to commit (when told to hold), and its outcome
/// last: "ok" or "refused KIND MESSAGE".
class RacerProcess
{
public:
    RacerProcess(const QString& location, const Console& console, bool hold)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments {QStringLiteral("--racer"),
                               location,
                               QString::number(console.actor.userId),
                               QString::number(console.actor.homeAccountId),
                               console.actor.email,
                               hold ? QStringLiteral("hold") : QStringLiteral("go")};
        m_process.start(QCoreApplication::applicationFilePath(), arguments + console.step);
    }
    /// Waits for the line the racer prints next.
    QString nextLine()
    {
        // Its log lines go to standard output too; the protocol's lines start with "racer: ".
        while (true) {
            while (!m_process.canReadLine()) {
                if (!m_process.waitForReadyRead(60000)) {
                    return QStringLiteral("(no answer: %1)").arg(m_process.errorString());
                }
            }
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(kPrefix)) {
                return line.mid(kPrefix.size());
            }
        }
    }
    void letGo() { m_process.write("go\n"); }
    /// The outcome line, once the racer has ended.
    QString outcome()
    {
        QString line = nextLine();
        m_process.waitForFinished(60000);
        return line;
    }

private:
    QProcess m_process;
};

/// Runs `first` and `second` on two consoles of their own, the first held just before its commit
/// (its checks passed, its change and audit entries written, the write lock held) until the
/// second has started the conflicting write; returns both outcomes.
std::pair<QString, QString> race(const QString& location, const Console& first, const Console& second)
{
    RacerProcess one(location, first, true);
    const QString held = one.nextLine();
    if (held != QLatin1String("held")) {
        return {held, {}};
    }
    RacerProcess two(location, second, false);
    if (const QString started = two.nextLine(); started != QLatin1String("started")) {
        return {{}, started};
    }
    // The second write is now under way; it must wait for the first to commit.
    QTest::qWait(500);
    one.letGo();
    return {one.outcome(), two.outcome()};
}

int auditCount(CoreServices& core, const QString& action, const QString& target = {})
{
    AuditFilter filter;
    filter.action = action;
    filter.target = target;
    filter.limit = 0;
    return int(core.audit().list(Actor::system(), filter).value().size());
}

void verifyAudit(CoreServices& core)
{
    auto verified = core.audit().verify();
    QVERIFY(verified);
    QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
}

/// Enrolls the personas who file and approve change requests; Full and Basic are the account's
/// Director-level contacts. Returns their TOTP secrets.
QHash<int, QByteArray> enrollWithDirectors(CoreFixture& fixture)
{
    QHash<int, QByteArray> secrets;
    for (const P persona : {P::Super, P::SecondSuper, P::Full, P::Basic}) {
        secrets.insert(int(persona), fixture.enroll(persona, kPassword));
    }
    for (const P persona : {P::Full, P::Basic}) {
        AccountContact contact;
        contact.accountId = fixture.accountId();
        contact.name = CoreFixture::email(persona).section(QLatin1Char('@'), 0, 0);
        contact.title = QStringLiteral("Director of IT");
        contact.email = CoreFixture::email(persona);
        contact.directorOrHigher = true;
        if (auto saved = fixture.core().contacts().save(fixture.actor(P::Super), contact); !saved) {
            qFatal("%s", qPrintable(saved.refusal().message));
        }
    }
    return secrets;
}

QString refusedAs(Refusal::Kind kind)
{
    return QStringLiteral("refused %1 ").arg(int(kind));
}

/// The racer's side: runs one step as a console of its own and prints its outcome.
int runRacer(const QStringList& arguments)
{
    QTextStream out(stdout);
    const QString location = arguments.value(0);
    const Actor actor {arguments.value(1).toLongLong(), arguments.value(2).toLongLong(), arguments.value(3), false,
                       QStringLiteral("127.0.0.1")};
    const bool hold = arguments.value(4) == QLatin1String("hold");
    const QStringList step = arguments.mid(5);
    auto opened = CoreServices::open(location);
    if (!opened) {
        out << kPrefix << "cannot open: " << opened.refusal().message << Qt::endl;
        return 1;
    }
    CoreServices& core = *opened.value();
    bool holding = hold;
    if (hold) {
        core.writes().setBeforeCommit([&out, &holding] {
            if (holding) {
                holding = false;
                out << kPrefix << "held" << Qt::endl;
                QTextStream(stdin).readLine();
            }
        });
    } else {
        out << kPrefix << "started" << Qt::endl;
    }
    const QString verb = step.value(0);
    const qint64 id = step.value(1).toLongLong();
    Status outcome;
    if (verb == QLatin1String("remove-member")) {
        outcome = core.roles().removeMember(actor, id, step.value(2));
    } else if (verb == QLatin1String("add-member")) {
        auto added = core.roles().addMembers(actor, id, {step.value(2)});
        outcome = added ? Status() : Status(added.refusal());
    } else if (verb == QLatin1String("create-role")) {
        auto created = core.roles().createRole(actor, id, step.value(2), {}, PermissionSet());
        outcome = created ? Status() : Status(created.refusal());
    } else if (verb == QLatin1String("approve")) {
        auto approved = core.changeRequests().approve(actor, id, kPassword, step.value(2));
        outcome = approved ? Status() : Status(approved.refusal());
    } else if (verb == QLatin1String("churn")) {
        for (int i = 0; i < 20 && outcome; ++i) {
            const QString user = CoreFixture::plainUser(step.value(2).toInt() + i % 10);
            auto added = core.roles().addMembers(actor, id, {user});
            outcome = added ? core.roles().removeMember(actor, id, user) : Status(added.refusal());
        }
    }
    out << kPrefix << (outcome ? QStringLiteral("ok") : refusedAs(outcome.refusal().kind) + outcome.refusal().message)
        << Qt::endl;
    return 0;
}

} // namespace

class TestRacingWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoRemovalsOfTwoSuperAdministratorsLeaveOne()
    {
        // Super Administrator is protected: each removal is a change request, approved by a
        // Director-level contact, and applying it checks that one Super Administrator remains.
        CoreFixture fixture;
        const QHash<int, QByteArray> secrets = enrollWithDirectors(fixture);
        const Role super = fixture.role(QStringLiteral("Super Administrator"));
        QCOMPARE(super.memberCount, 2);
        const auto removal = [&](P requester, P removed) {
            ChangeRequestDraft draft;
            draft.accountId = fixture.accountId();
            draft.kind = ChangeRequestKind::RemoveMember;
            draft.roleId = super.id;
            draft.targetEmail = CoreFixture::email(removed);
            draft.justification = QStringLiteral("Leaves the company at the end of the month.");
            auto filed = fixture.core().changeRequests().create(fixture.actor(requester), draft);
            if (!filed) {
                qFatal("%s", qPrintable(filed.refusal().message));
            }
            return filed.value().id;
        };
        const qint64 removeSecond = removal(P::Super, P::SecondSuper);
        const qint64 removeFirst = removal(P::SecondSuper, P::Super);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto approve = [&](P approver, qint64 request) {
            return Console {
                fixture.actor(approver),
                {QStringLiteral("approve"), QString::number(request), Totp::codeAt(secrets.value(int(approver)), now)}};
        };
        const auto [a, b] =
            race(fixture.database().location(), approve(P::Full, removeSecond), approve(P::Basic, removeFirst));
        // Approving re-authenticates first (a write of its own, where the hold may fall), so either
        // may apply first: exactly one does, and the other is refused.
        const QString& refused = a == QLatin1String("ok") ? b : a;
        QVERIFY2((a == QLatin1String("ok")) != (b == QLatin1String("ok")), qPrintable(a + QLatin1Char('|') + b));
        QVERIFY2(refused.startsWith(QLatin1String("refused "))
                     && refused.contains(QLatin1String("Super Administrator")),
                 qPrintable(refused));
        QCOMPARE(fixture.core().roles().role(Actor::system(), super.id).value().memberCount, 1);
        QCOMPARE(auditCount(fixture.core(), QStringLiteral("change_request.approve")), 1);
        verifyAudit(fixture.core());
    }

    void roleNamesStayUnique()
    {
        CoreFixture fixture;
        const QStringList create {QStringLiteral("create-role"), QString::number(fixture.accountId()),
                                  QStringLiteral("Mail Ops")};
        const auto [a, b] = race(fixture.database().location(), {fixture.actor(P::Super), create},
                                 {fixture.actor(P::SecondSuper), create});
        QCOMPARE(a, QStringLiteral("ok"));
        QVERIFY2(b.startsWith(refusedAs(Refusal::Kind::Conflict)), qPrintable(b));
        auto roles = fixture.core().roles().roles(Actor::system(), fixture.accountId());
        QVERIFY(roles);
        QCOMPARE(std::count_if(roles.value().cbegin(), roles.value().cend(),
                               [](const Role& r) { return r.name == QLatin1String("Mail Ops"); }),
                 1);
        verifyAudit(fixture.core());
    }

    void aMemberIsAddedOnce()
    {
        CoreFixture fixture;
        const Role helpDesk = fixture.role(QStringLiteral("Help Desk Administrator"));
        const QString user = CoreFixture::plainUser(5);
        const QStringList add {QStringLiteral("add-member"), QString::number(helpDesk.id), user};
        const auto [a, b] =
            race(fixture.database().location(), {fixture.actor(P::Super), add}, {fixture.actor(P::SecondSuper), add});
        QCOMPARE(a, QStringLiteral("ok"));
        // The second finds the person already a member: nothing added twice, nothing audited twice.
        QVERIFY2(b == QLatin1String("ok") || b.startsWith(refusedAs(Refusal::Kind::Conflict)), qPrintable(b));
        QCOMPARE(auditCount(fixture.core(), QStringLiteral("role.member.add"), user), 1);
        auto page = fixture.core().roles().members(Actor::system(), helpDesk.id);
        QVERIFY(page);
        QCOMPARE(std::count_if(page.value().members.cbegin(), page.value().members.cend(),
                               [&user](const User& m) { return m.email == user; }),
                 1);
        verifyAudit(fixture.core());
    }

    void aChangeRequestIsAppliedOnce()
    {
        CoreFixture fixture;
        const QHash<int, QByteArray> secrets = enrollWithDirectors(fixture);
        ChangeRequestDraft draft;
        draft.accountId = fixture.accountId();
        draft.kind = ChangeRequestKind::AddMember;
        draft.roleId = fixture.role(QStringLiteral("Full Administrator")).id;
        draft.targetEmail = CoreFixture::plainUser(0);
        draft.authMethod = QStringLiteral("local_password");
        draft.justification = QStringLiteral("Covers the mail gateway while the team is away.");
        auto filed = fixture.core().changeRequests().create(fixture.actor(P::Super), draft);
        QVERIFY2(filed, filed ? "" : qPrintable(filed.refusal().message));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const auto approve = [&](P persona) {
            return Console {fixture.actor(persona),
                            {QStringLiteral("approve"), QString::number(filed.value().id),
                             Totp::codeAt(secrets.value(int(persona)), now)}};
        };
        const auto [a, b] = race(fixture.database().location(), approve(P::Full), approve(P::Basic));
        // As above: either approval may apply first; exactly one does.
        const QString& refused = a == QLatin1String("ok") ? b : a;
        QVERIFY2((a == QLatin1String("ok")) != (b == QLatin1String("ok")), qPrintable(a + QLatin1Char('|') + b));
        QVERIFY2(refused.startsWith(refusedAs(Refusal::Kind::Conflict)), qPrintable(refused));
        QCOMPARE(auditCount(fixture.core(), QStringLiteral("change_request.approve")), 1);
        QCOMPARE(auditCount(fixture.core(), QStringLiteral("role.member.add"), CoreFixture::plainUser(0)), 1);
        verifyAudit(fixture.core());
    }

    void theAuditChainHoldsUnderConcurrentWriters()
    {
        CoreFixture fixture;
        const Role helpDesk = fixture.role(QStringLiteral("Help Desk Administrator"));
        const int before = auditCount(fixture.core(), QStringLiteral("role.member"));
        const auto churn = [&helpDesk](int firstUser) {
            return QStringList {QStringLiteral("churn"), QString::number(helpDesk.id), QString::number(firstUser)};
        };
        const auto [a, b] = race(fixture.database().location(), {fixture.actor(P::Super), churn(0)},
                                 {fixture.actor(P::SecondSuper), churn(10)});
        QCOMPARE(a, QStringLiteral("ok"));
        QCOMPARE(b, QStringLiteral("ok"));
        QCOMPARE(auditCount(fixture.core(), QStringLiteral("role.member")), before + 2 * 2 * 20);
        verifyAudit(fixture.core());
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == QLatin1String("--racer")) {
        return runRacer(arguments.mid(2));
    }
    TestRacingWriters test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_racing_writers.moc"
