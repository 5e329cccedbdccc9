// Protected-role change requests: who may file and decide them, re-authentication, expiry,
// racing approvals, the change applied in the approving transaction, and account contacts.
#include "CoreFixture.h"
#include "security/Totp.h"

#include <QSqlQuery>
#include <QTest>
#include <algorithm>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

const QString kPassword = QStringLiteral("a long enough password");
const QString kWhy = QStringLiteral("New security engineer needs content view for investigations.");

/// ACME with Super (requester), SecondSuper (Director contact), Basic (contact below Director)
/// and Full (Director contact too) enrolled with known secrets, and a clock the test moves.
struct World
{
    qint64 now = 1'800'000'015;
    std::unique_ptr<CoreFixture> fixture;
    QHash<int, QByteArray> secrets;

    World()
    {
        fixture = std::make_unique<CoreFixture>(true, [this] { return now; });
        for (const P persona : {P::Super, P::SecondSuper, P::Basic, P::Full}) {
            secrets.insert(int(persona), fixture->enroll(persona, kPassword));
        }
        addContact(P::SecondSuper, QStringLiteral("Director of IT"), true);
        addContact(P::Basic, QStringLiteral("IT Manager"), false);
    }
    CoreServices& core() { return fixture->core(); }
    ChangeRequestService& requests() { return fixture->core().changeRequests(); }
    AccountContactService& contacts() { return fixture->core().contacts(); }
    qint64 account() const { return fixture->accountId(); }
    Actor actor(P persona) const { return fixture->actor(persona); }
    QString code(P persona) const { return Totp::codeAt(secrets.value(int(persona)), now); }
    void addContact(P persona, const QString& title, bool director)
    {
        AccountContact contact;
        contact.accountId = account();
        contact.name = CoreFixture::email(persona).section(QLatin1Char('@'), 0, 0);
        contact.title = title;
        contact.email = CoreFixture::email(persona);
        contact.directorOrHigher = director;
        auto saved = contacts().save(actor(P::Super), contact);
        if (!saved) {
            qFatal("%s", qPrintable(saved.refusal().message));
        }
    }
    ChangeRequestDraft addFull(const QString& email)
    {
        ChangeRequestDraft draft;
        draft.accountId = account();
        draft.kind = ChangeRequestKind::AddMember;
        draft.roleId = fixture->role(QStringLiteral("Full Administrator")).id;
        draft.targetEmail = email;
        draft.authMethod = QStringLiteral("local_password");
        draft.justification = kWhy;
        return draft;
    }
    ChangeRequest file(const ChangeRequestDraft& draft)
    {
        auto created = requests().create(actor(P::Super), draft);
        if (!created) {
            qFatal("%s", qPrintable(created.refusal().message));
        }
        return created.value();
    }
    bool holdsFull(const QString& email)
    {
        auto roles = core().roles().rolesOfUser(Actor::system(), email);
        return std::any_of(roles.value().cbegin(), roles.value().cend(),
                           [](const Role& r) { return r.name == QLatin1String("Full Administrator"); });
    }
    ChangeRequestStatus status(qint64 id) { return requests().request(Actor::system(), id).value().status; }
    int auditCount(const QString& action)
    {
        AuditFilter filter;
        filter.action = action;
        return int(core().audit().list(Actor::system(), filter).value().size());
    }
};

} // namespace

class TestChangeRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyProtectedRolesLevelFilesRequests()
    {
        World w;
        auto basic = w.requests().create(w.actor(P::Basic), w.addFull(CoreFixture::plainUser(0)));
        QVERIFY(!basic);
        QCOMPARE(basic.refusal().kind, Refusal::Kind::Denied);
        auto full = w.requests().create(w.actor(P::Full), w.addFull(CoreFixture::plainUser(0)));
        QVERIFY(!full); // Full Administrators have role management level None
        const ChangeRequest filed = w.file(w.addFull(CoreFixture::plainUser(0)));
        QCOMPARE(filed.status, ChangeRequestStatus::Pending);
        QCOMPARE(filed.roleName, QStringLiteral("Full Administrator"));
        QCOMPARE(filed.expiresAt, w.now + qint64(7) * 86400);
        QCOMPARE(w.auditCount(QStringLiteral("change_request.create")), 1);
        QVERIFY(!w.holdsFull(CoreFixture::plainUser(0))); // nothing applied yet
    }

    void badDraftsAreRefused()
    {
        World w;
        ChangeRequestDraft shortWhy = w.addFull(CoreFixture::plainUser(0));
        shortWhy.justification = QStringLiteral("because");
        QCOMPARE(w.requests().create(w.actor(P::Super), shortWhy).refusal().kind, Refusal::Kind::BadInput);
        ChangeRequestDraft unprotected = w.addFull(CoreFixture::plainUser(0));
        unprotected.roleId = w.fixture->role(QStringLiteral("Basic Administrator")).id;
        QCOMPARE(w.requests().create(w.actor(P::Super), unprotected).refusal().kind, Refusal::Kind::BadInput);
        QCOMPARE(w.requests().create(w.actor(P::Super), w.addFull(QStringLiteral("ghost@acme.test"))).refusal().kind,
                 Refusal::Kind::NotFound);
        QCOMPARE(w.requests().create(w.actor(P::Super), w.addFull(CoreFixture::email(P::Full))).refusal().kind,
                 Refusal::Kind::Conflict); // already holds it
        (void)w.file(w.addFull(CoreFixture::plainUser(0)));
        auto duplicate = w.requests().create(w.actor(P::Super), w.addFull(CoreFixture::plainUser(0)));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.refusal().kind, Refusal::Kind::Conflict);
        QCOMPARE(w.auditCount(QStringLiteral("change_request.create")), 1);
    }

    void approvingOnesOwnRequestIsRefused()
    {
        World w;
        w.addContact(P::Super, QStringLiteral("CISO"), true); // even as a Director-level contact
        const ChangeRequest filed = w.file(w.addFull(CoreFixture::plainUser(0)));
        auto own = w.requests().approve(w.actor(P::Super), filed.id, kPassword, w.code(P::Super));
        QVERIFY(!own);
        QCOMPARE(own.refusal().kind, Refusal::Kind::Denied);
        QVERIFY(own.refusal().message.contains(QLatin1String("different person")));
        QCOMPARE(w.status(filed.id), ChangeRequestStatus::Pending);
        QVERIFY(!w.holdsFull(CoreFixture::plainUser(0)));
    }

    void approverMustBeADirectorLevelContact()
    {
        World w;
        const ChangeRequest filed = w.file(w.addFull(CoreFixture::plainUser(0)));
        auto belowDirector = w.requests().approve(w.actor(P::Basic), filed.id, kPassword, w.code(P::Basic));
        QVERIFY(!belowDirector);
        QCOMPARE(belowDirector.refusal().kind, Refusal::Kind::Denied);
        QVERIFY2(belowDirector.refusal().message.contains(QLatin1String("IT Manager")),
                 qPrintable(belowDirector.refusal().message));
        auto notAContact = w.requests().approve(w.actor(P::Full), filed.id, kPassword, w.code(P::Full));
        QVERIFY(!notAContact);
        QVERIFY(notAContact.refusal().message.contains(QLatin1String("not a contact")));
        QCOMPARE(w.status(filed.id), ChangeRequestStatus::Pending);
        QVERIFY(!w.holdsFull(CoreFixture::plainUser(0)));
    }

    void approvingWithAWrongCodeChangesNothing()
    {
        World w;
        const ChangeRequest filed = w.file(w.addFull(CoreFixture::plainUser(0)));
        auto wrongCode = w.requests().approve(w.actor(P::SecondSuper), filed.id, kPassword, QStringLiteral("000000"));
        QVERIFY(!wrongCode);
        QCOMPARE(wrongCode.refusal().kind, Refusal::Kind::Authentication);
        auto wrongPassword = w.requests().approve(w.actor(P::SecondSuper), filed.id, QStringLiteral("not my password"),
                                                  w.code(P::SecondSuper));
        QVERIFY(!wrongPassword);
        QCOMPARE(wrongPassword.refusal().kind, Refusal::Kind::Authentication);
        QCOMPARE(w.status(filed.id), ChangeRequestStatus::Pending);
        QVERIFY(!w.holdsFull(CoreFixture::plainUser(0)));
        QCOMPARE(w.auditCount(QStringLiteral("change_request.approve")), 0);
        QCOMPARE(w.auditCount(QStringLiteral("signin.failed")), 2); // both attempts recorded
    }

    void approvalAppliesTheChangeInTheSameTransaction()
    {
        World w;
        const QString email = CoreFixture::plainUser(0);
        const ChangeRequest filed = w.file(w.addFull(email));
        auto approved = w.requests().approve(w.actor(P::SecondSuper), filed.id, kPassword, w.code(P::SecondSuper));
        QVERIFY2(approved, approved ? "" : qPrintable(approved.refusal().message));
        QCOMPARE(approved.value().request.status, ChangeRequestStatus::Approved);
        QCOMPARE(approved.value().request.decidedBy, CoreFixture::email(P::SecondSuper));
        QVERIFY(w.holdsFull(email));
        // A new local-password administrator: the temporary password goes to the approver, once.
        QCOMPARE(approved.value().issued.email, email);
        QCOMPARE(approved.value().issued.temporaryPassword.size(), 20);
        QCOMPARE(w.core().auth().signIn(email, approved.value().issued.temporaryPassword, {}).refusal().kind,
                 Refusal::Kind::EnrollmentRequired);
        QCOMPARE(w.auditCount(QStringLiteral("change_request.approve")), 1);
        QCOMPARE(w.auditCount(QStringLiteral("role.member.add")), 1 + 6); // 6 from the fixture's seeding
        // Decided is decided.
        auto again = w.requests().reject(w.actor(P::SecondSuper), filed.id, QStringLiteral("changed my mind"));
        QVERIFY(!again);
        QCOMPARE(again.refusal().kind, Refusal::Kind::Conflict);
    }

    void expiredRequestsCannotBeApproved()
    {
        World w;
        const ChangeRequest filed = w.file(w.addFull(CoreFixture::plainUser(0)));
        w.now += qint64(7) * 86400 + 1;
        QCOMPARE(w.status(filed.id), ChangeRequestStatus::Expired);
        auto late = w.requests().approve(w.actor(P::SecondSuper), filed.id, kPassword, w.code(P::SecondSuper));
        QVERIFY(!late);
        QCOMPARE(late.refusal().kind, Refusal::Kind::Conflict);
        QVERIFY2(late.refusal().message.contains(QLatin1String("expired")), qPrintable(late.refusal().message));
        QVERIFY(!w.holdsFull(CoreFixture::plainUser(0)));
        QCOMPARE(w.auditCount(QStringLiteral("change_request.expire")), 1);
        QSqlQuery q(w.core().database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM change_requests WHERE id = %1").arg(filed.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("expired"));
        // An expired request no longer blocks filing the same change again.
        (void)w.file(w.addFull(CoreFixture::plainUser(0)));
    }

    void racingApprovalsOneWins()
    {
        World w;
        w.addContact(P::Full, QStringLiteral("VP Security"), true);
        const ChangeRequest filed = w.file(w.addFull(CoreFixture::plainUser(0)));
        // A second console on the same database.
        auto other = CoreServices::open(w.fixture->database().location(), Keychain(), [&w] { return w.now; });
        QVERIFY2(other, other ? "" : qPrintable(other.refusal().message));
        const ChangeRequest seenByFirst = w.requests().request(w.actor(P::Full), filed.id).value();
        const ChangeRequest seenBySecond =
            other.value()->changeRequests().request(w.actor(P::SecondSuper), filed.id).value();
        QCOMPARE(seenByFirst.status, ChangeRequestStatus::Pending);
        QCOMPARE(seenBySecond.status, ChangeRequestStatus::Pending);
        QVERIFY(other.value()->changeRequests().canDecide(w.actor(P::SecondSuper), seenBySecond));
        QVERIFY(w.requests().canDecide(w.actor(P::Full), seenByFirst));
        auto winner = other.value()->changeRequests().approve(w.actor(P::SecondSuper), filed.id, kPassword,
                                                              w.code(P::SecondSuper));
        QVERIFY2(winner, winner ? "" : qPrintable(winner.refusal().message));
        auto loser = w.requests().approve(w.actor(P::Full), filed.id, kPassword, w.code(P::Full));
        QVERIFY(!loser);
        QCOMPARE(loser.refusal().kind, Refusal::Kind::Conflict);
        QVERIFY2(loser.refusal().message.contains(CoreFixture::email(P::SecondSuper)),
                 qPrintable(loser.refusal().message));
        QCOMPARE(w.auditCount(QStringLiteral("change_request.approve")), 1);
        QCOMPARE(w.auditCount(QStringLiteral("role.member.add")), 1 + 6);
    }

    void rejectAndCancel()
    {
        World w;
        const ChangeRequest first = w.file(w.addFull(CoreFixture::plainUser(0)));
        QCOMPARE(w.requests().reject(w.actor(P::SecondSuper), first.id, {}).refusal().kind, Refusal::Kind::BadInput);
        QVERIFY(w.requests().reject(w.actor(P::SecondSuper), first.id, QStringLiteral("Use a Basic role instead.")));
        const ChangeRequest rejected = w.requests().request(Actor::system(), first.id).value();
        QCOMPARE(rejected.status, ChangeRequestStatus::Rejected);
        QCOMPARE(rejected.decisionNote, QStringLiteral("Use a Basic role instead."));
        QCOMPARE(w.requests().cancel(w.actor(P::Super), first.id).refusal().kind, Refusal::Kind::Conflict);

        const ChangeRequest second = w.file(w.addFull(CoreFixture::plainUser(1)));
        QCOMPARE(w.requests().cancel(w.actor(P::SecondSuper), second.id).refusal().kind, Refusal::Kind::Denied);
        QVERIFY(w.requests().cancel(w.actor(P::Super), second.id));
        QCOMPARE(w.status(second.id), ChangeRequestStatus::Cancelled);
        QCOMPARE(w.auditCount(QStringLiteral("change_request.reject")), 1);
        QCOMPARE(w.auditCount(QStringLiteral("change_request.cancel")), 1);
    }

    void removingTheLastSuperAdministratorIsRefusedAtFilingAndApproval()
    {
        World w;
        ChangeRequestDraft draft;
        draft.accountId = w.account();
        draft.kind = ChangeRequestKind::RemoveMember;
        draft.roleId = w.fixture->role(QStringLiteral("Super Administrator")).id;
        draft.targetEmail = CoreFixture::email(P::SecondSuper);
        draft.justification = QStringLiteral("Leaving the company at the end of the month.");
        const ChangeRequest filed = w.file(draft); // two Super Administrators now: fine
        w.addContact(P::Full, QStringLiteral("VP Security"), true);
        QVERIFY(w.core().directory().setDisabled(w.actor(P::SecondSuper), CoreFixture::email(P::Super), true));
        // Super is disabled: SecondSuper is the last one, so the approval cannot apply.
        auto approved = w.requests().approve(w.actor(P::Full), filed.id, kPassword, w.code(P::Full));
        QVERIFY(!approved);
        QCOMPARE(approved.refusal().kind, Refusal::Kind::Forbidden);
        QVERIFY2(approved.refusal().message.contains(QLatin1String("last Super Administrator")),
                 qPrintable(approved.refusal().message));
        QCOMPARE(w.status(filed.id), ChangeRequestStatus::Pending);
    }

    void removeResetAndContentViewApply()
    {
        World w;
        ChangeRequestDraft reset;
        reset.accountId = w.account();
        reset.kind = ChangeRequestKind::ResetPassword;
        reset.targetEmail = CoreFixture::email(P::Full);
        reset.justification = QStringLiteral("Lost the authenticator phone on a trip.");
        const ChangeRequest resetRequest = w.file(reset);
        auto resetDone =
            w.requests().approve(w.actor(P::SecondSuper), resetRequest.id, kPassword, w.code(P::SecondSuper));
        QVERIFY2(resetDone, resetDone ? "" : qPrintable(resetDone.refusal().message));
        QCOMPARE(w.core()
                     .auth()
                     .signIn(CoreFixture::email(P::Full), resetDone.value().issued.temporaryPassword, {})
                     .refusal()
                     .kind,
                 Refusal::Kind::EnrollmentRequired);

        w.now += 30;
        ChangeRequestDraft remove = w.addFull(CoreFixture::email(P::Full));
        remove.kind = ChangeRequestKind::RemoveMember;
        const ChangeRequest removeRequest = w.file(remove);
        QVERIFY(w.requests().approve(w.actor(P::SecondSuper), removeRequest.id, kPassword, w.code(P::SecondSuper)));
        QVERIFY(!w.holdsFull(CoreFixture::email(P::Full)));

        w.now += 30;
        ChangeRequestDraft contentView;
        contentView.accountId = w.account();
        contentView.kind = ChangeRequestKind::ContentViewOn;
        contentView.justification = QStringLiteral("Federated investigations across nested accounts.");
        const ChangeRequest viewRequest = w.file(contentView);
        QVERIFY(w.requests().approve(w.actor(P::SecondSuper), viewRequest.id, kPassword, w.code(P::SecondSuper)));
        QVERIFY(w.core().accounts().find(Actor::system(), QStringLiteral("ACME")).value().federatedContentView);
        QCOMPARE(w.requests().create(w.actor(P::Super), contentView).refusal().kind, Refusal::Kind::Conflict);
        QCOMPARE(w.auditCount(QStringLiteral("account.federated_content_view")), 1);
    }

    void contactsAreEditedBySuperAdministratorsOnly()
    {
        World w;
        AccountContact contact;
        contact.accountId = w.account();
        contact.name = QStringLiteral("Dana Director");
        contact.title = QStringLiteral("Director");
        contact.email = QStringLiteral("dana@acme.test");
        contact.directorOrHigher = true;
        QCOMPARE(w.contacts().save(w.actor(P::Basic), contact).refusal().kind, Refusal::Kind::Denied);
        QCOMPARE(w.contacts().save(w.actor(P::Full), contact).refusal().kind, Refusal::Kind::Denied);
        AccountContact bad = contact;
        bad.email = QStringLiteral("not an address");
        QCOMPARE(w.contacts().save(w.actor(P::Super), bad).refusal().kind, Refusal::Kind::BadInput);
        auto saved = w.contacts().save(w.actor(P::Super), contact);
        QVERIFY(saved);
        QCOMPARE(w.contacts().save(w.actor(P::Super), contact).refusal().kind, Refusal::Kind::Conflict);
        AccountContact demoted = saved.value();
        demoted.title = QStringLiteral("Team Lead");
        demoted.directorOrHigher = false;
        QVERIFY(w.contacts().save(w.actor(P::Super), demoted));
        const auto contacts = w.contacts().list(w.actor(P::HelpDesk), w.account()).value();
        QCOMPARE(contacts.size(), 3);
        QVERIFY(w.contacts().remove(w.actor(P::Super), w.account(), saved.value().id));
        QCOMPARE(w.contacts().list(w.actor(P::Super), w.account()).value().size(), 2);
        QCOMPARE(w.auditCount(QStringLiteral("contact.add")), 3);
        QCOMPARE(w.auditCount(QStringLiteral("contact.edit")), 1);
        QCOMPARE(w.auditCount(QStringLiteral("contact.remove")), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeRequests)
#include "test_change_requests.moc"
