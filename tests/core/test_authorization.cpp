// "Who may do what" (DOMAIN.md), enforced in the core: each refusal is clear and changes nothing.
#include "CoreFixture.h"
#include "domain/BuiltInRoles.h"

#include <QSqlQuery>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

qint64 countRows(CoreServices& core, const QString& table)
{
    QSqlQuery q(core.database().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next()) {
        qFatal("count failed");
    }
    return q.value(0).toLongLong();
}

/// Everything a refused call could have changed.
QList<qint64> snapshot(CoreServices& core)
{
    QList<qint64> counts;
    for (const char* table :
         {"roles", "role_members", "role_permissions", "users", "domains", "accounts", "audit_log"}) {
        counts.append(countRows(core, QString::fromLatin1(table)));
    }
    return counts;
}

} // namespace

class TestAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDeskCannotWriteAnything()
    {
        CoreFixture f;
        CoreServices& core = f.core();
        const Actor helpDesk = f.actor(P::HelpDesk);
        const auto before = snapshot(core);

        auto created = core.roles().createRole(helpDesk, f.accountId(), QStringLiteral("Mine"), {}, PermissionSet());
        QVERIFY(!created);
        QCOMPARE(created.refusal().kind, Refusal::Kind::Denied);
        QCOMPARE(created.refusal().message,
                 QStringLiteral("Help Desk Administrators have read-only access to Account Roles."));

        const Role gateway = f.role(QStringLiteral("Gateway Administrator"));
        auto added = core.roles().addMembers(helpDesk, gateway.id, {CoreFixture::plainUser(1)});
        QVERIFY(!added);
        QCOMPARE(added.refusal().kind, Refusal::Kind::Denied);
        QVERIFY(!core.roles().removeMember(helpDesk, gateway.id, CoreFixture::email(P::Gateway)));
        QVERIFY(!core.roles().deleteRole(helpDesk, f.role(QStringLiteral("Basic Administrator")).id));
        QVERIFY(!core.roles().copyRole(helpDesk, gateway.id, QStringLiteral("Copy")));
        QVERIFY(!core.roles().updateRole(helpDesk, gateway.id, QStringLiteral("X"), {}, PermissionSet()));
        User user;
        user.email = QStringLiteral("new@acme.test");
        auto userAdded = core.directory().addUser(helpDesk, f.accountId(), user);
        QVERIFY(!userAdded);
        QVERIFY(userAdded.refusal().message.contains(QLatin1String("Internal Directories")));
        QVERIFY(!core.directory().setDisabled(helpDesk, CoreFixture::plainUser(2), true));
        QVERIFY(!core.accounts().addDomain(helpDesk, f.accountId(), QStringLiteral("other.test")));
        QVERIFY(!core.accounts().create(helpDesk, QStringLiteral("NEW"), QStringLiteral("New"), AccountKind::Standard));
        QCOMPARE(snapshot(core), before);

        // ...but reads work: the whole tree, read-only.
        QVERIFY(core.roles().roles(helpDesk, f.accountId()));
        QVERIFY(core.roles().members(helpDesk, gateway.id));
        QVERIFY(core.directory().search(helpDesk, f.accountId(), QStringLiteral("user")));
    }

    void fullAdministratorHasNoAdminManagementAndCannotManageRoles()
    {
        CoreFixture f;
        const Actor full = f.actor(P::Full);
        auto admin = f.core().authorizer().check(full, Action::ManageAdministrators, f.accountId());
        QVERIFY(!admin);
        QCOMPARE(admin.refusal().kind, Refusal::Kind::Denied);
        QVERIFY2(admin.refusal().message.contains(QLatin1String("Admin Management")),
                 qPrintable(admin.refusal().message));
        auto member = f.core().roles().addMembers(full, f.role(QStringLiteral("Gateway Administrator")).id,
                                                  {CoreFixture::plainUser(1)});
        QVERIFY(!member);
        QCOMPARE(member.refusal().kind, Refusal::Kind::Denied);
        QVERIFY(f.core().authorizer().check(f.actor(P::Super), Action::ManageAdministrators, f.accountId()));
    }

    void basicAdministratorManagesApplicationRoles()
    {
        CoreFixture f;
        const Actor basic = f.actor(P::Basic);
        auto added = f.core().roles().addMembers(basic, f.role(QStringLiteral("Help Desk Administrator")).id,
                                                 {CoreFixture::plainUser(1), CoreFixture::plainUser(2)});
        QVERIFY2(added, added ? "" : qPrintable(added.refusal().message));
        QCOMPARE(added.value().added.size(), 2);
        QVERIFY(f.core().roles().removeMember(basic, f.role(QStringLiteral("Help Desk Administrator")).id,
                                              CoreFixture::plainUser(1)));
    }

    void noEscalation()
    {
        CoreFixture f;
        const Actor basic = f.actor(P::Basic);
        const auto before = snapshot(f.core());
        // Partner Administrator carries Delegate Mailbox, which a Basic Administrator lacks.
        auto partner = f.core().roles().addMembers(basic, f.role(QStringLiteral("Partner Administrator")).id,
                                                   {CoreFixture::plainUser(1)});
        QVERIFY(!partner);
        QCOMPARE(partner.refusal().kind, Refusal::Kind::Denied);
        QVERIFY2(partner.refusal().message.contains(QLatin1String("Delegate Mailbox")),
                 qPrintable(partner.refusal().message));
        // A custom role with Admin Management, which Basic does not hold.
        PermissionSet admin;
        admin.setVerbs(AppArea::AdminManagement, Read);
        auto custom = f.core().roles().createRole(basic, f.accountId(), QStringLiteral("Sneaky"), {}, admin);
        QVERIFY(!custom);
        QVERIFY2(custom.refusal().message.contains(QLatin1String("Read on Admin Management")),
                 qPrintable(custom.refusal().message));
        // Copying a role one could not create is the same escalation.
        auto copy = f.core().roles().copyRole(basic, f.role(QStringLiteral("Partner Administrator")).id,
                                              QStringLiteral("Partner copy"));
        QVERIFY(!copy);
        // Raising one's own custom role by editing it.
        PermissionSet small;
        small.setVerbs(AppArea::Reports, Read);
        auto mine = f.core().roles().createRole(basic, f.accountId(), QStringLiteral("Reports"), {}, small);
        QVERIFY(mine);
        auto raised = f.core().roles().updateRole(basic, mine.value().id, QStringLiteral("Reports"), {}, admin);
        QVERIFY(!raised);
        QCOMPARE(raised.refusal().kind, Refusal::Kind::Denied);
        QVERIFY(f.core().roles().deleteRole(basic, mine.value().id));
        // Tables are back to what they were, apart from the create/delete entries in the audit log.
        auto after = snapshot(f.core());
        QCOMPARE(after.mid(0, 6), before.mid(0, 6));
        QCOMPARE(after.at(6), before.at(6) + 2);
    }

    void protectedRolesNeedAChangeRequest()
    {
        CoreFixture f;
        const Actor super = f.actor(P::Super);
        const auto before = snapshot(f.core());
        auto full = f.core().roles().addMembers(super, f.role(QStringLiteral("Full Administrator")).id,
                                                {CoreFixture::plainUser(1)});
        QVERIFY(!full);
        QCOMPARE(full.refusal().kind, Refusal::Kind::NeedsChangeRequest);
        QVERIFY(full.refusal().message.contains(QLatin1String("change request")));
        PermissionSet content;
        content.setProtectedPermissions(ContentView);
        auto custom = f.core().roles().createRole(super, f.accountId(), QStringLiteral("Readers"), {}, content);
        QVERIFY(!custom);
        QCOMPARE(custom.refusal().kind, Refusal::Kind::NeedsChangeRequest);
        // Without the Protected Roles level it is a plain denial.
        auto basic =
            f.core().roles().createRole(f.actor(P::Basic), f.accountId(), QStringLiteral("Readers"), {}, content);
        QVERIFY(!basic);
        QCOMPARE(basic.refusal().kind, Refusal::Kind::Denied);
        QCOMPARE(snapshot(f.core()), before);
    }

    void lastSuperAdministratorStays()
    {
        CoreFixture f;
        const Role superRole = f.role(QStringLiteral("Super Administrator"));
        QVERIFY(f.core().roles().removeMember(Actor::system(), superRole.id, CoreFixture::email(P::SecondSuper)));
        const auto before = snapshot(f.core());
        auto removed = f.core().roles().removeMember(f.actor(P::Super), superRole.id, CoreFixture::email(P::Super));
        QVERIFY(!removed);
        QCOMPARE(removed.refusal().kind, Refusal::Kind::Forbidden);
        QVERIFY(removed.refusal().message.contains(QLatin1String("last Super Administrator")));
        auto bySystem = f.core().roles().removeMember(Actor::system(), superRole.id, CoreFixture::email(P::Super));
        QVERIFY(!bySystem);
        auto disabled = f.core().directory().setDisabled(Actor::system(), CoreFixture::email(P::Super), true);
        QVERIFY(!disabled);
        QVERIFY(disabled.refusal().message.contains(QLatin1String("last Super Administrator")));
        QCOMPARE(snapshot(f.core()), before);
    }

    void onlyDirectoryAddressesCanBeAdded()
    {
        CoreFixture f;
        auto other = f.core().accounts().create(Actor::system(), QStringLiteral("OTHER"), QStringLiteral("Other"),
                                                AccountKind::Standard);
        QVERIFY(other);
        QVERIFY(f.core().accounts().addDomain(Actor::system(), other.value().id, QStringLiteral("other.test")));
        User outsider;
        outsider.email = QStringLiteral("someone@other.test");
        QVERIFY(f.core().directory().addUser(Actor::system(), other.value().id, outsider));
        const auto before = snapshot(f.core());
        const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
        auto unknown = f.core().roles().addMembers(f.actor(P::Basic), helpDesk.id,
                                                   {CoreFixture::plainUser(3), QStringLiteral("ghost@acme.test")});
        QVERIFY(!unknown);
        QCOMPARE(unknown.refusal().kind, Refusal::Kind::BadInput);
        QVERIFY(unknown.refusal().message.contains(QLatin1String("ghost@acme.test is not in the internal directory")));
        auto foreign =
            f.core().roles().addMembers(f.actor(P::Basic), helpDesk.id, {QStringLiteral("someone@other.test")});
        QVERIFY(!foreign);
        QVERIFY(foreign.refusal().message.contains(QLatin1String("another account")));
        QCOMPARE(snapshot(f.core()), before); // all or nothing: plainUser(3) was not added either
    }

    void builtInRolesAreFixed()
    {
        CoreFixture f;
        auto deleted =
            f.core().roles().deleteRole(f.actor(P::Basic), f.role(QStringLiteral("Help Desk Administrator")).id);
        QVERIFY(!deleted);
        QVERIFY(deleted.refusal().message.contains(QLatin1String("built-in")));
        auto renamed = f.core().roles().updateRole(f.actor(P::Super), f.role(QStringLiteral("Super Administrator")).id,
                                                   QStringLiteral("Boss"), {}, PermissionSet::all());
        QVERIFY(!renamed);
        QVERIFY(renamed.refusal().message.contains(QLatin1String("cannot be edited")));
    }

    void gatewayAndStrangersSeeNoRoles()
    {
        CoreFixture f;
        auto gateway = f.core().roles().roles(f.actor(P::Gateway), f.accountId());
        QVERIFY(!gateway);
        QCOMPARE(
            gateway.refusal().message,
            QStringLiteral("Gateway Administrators have no access to Account Roles, so they cannot change roles."));
        auto nobody = f.core().roles().roles(f.actor(P::Nobody), f.accountId());
        QVERIFY(!nobody);
        QVERIFY(nobody.refusal().message.contains(QLatin1String("no administrator role")));
        auto visible = f.core().accounts().visibleAccounts(f.actor(P::Nobody));
        QVERIFY(visible);
        QVERIFY(visible.value().isEmpty());
    }

    void masterRolesApplyToNestedAccounts()
    {
        CoreFixture f;
        const Actor system = Actor::system();
        auto master =
            f.core().accounts().create(system, QStringLiteral("MA"), QStringLiteral("Master"), AccountKind::Master);
        QVERIFY(master);
        auto group = f.core().accounts().create(system, QStringLiteral("MA-G"), QStringLiteral("Group"),
                                                AccountKind::Group, QStringLiteral("MA"));
        QVERIFY(group);
        auto leaf = f.core().accounts().create(system, QStringLiteral("MA-G-1"), QStringLiteral("Leaf"),
                                               AccountKind::MailProcessing, QStringLiteral("MA-G"));
        QVERIFY(leaf);
        auto domain = f.core().accounts().addDomain(system, leaf.value().id, QStringLiteral("leaf.test"));
        QVERIFY(!domain); // mail-processing accounts cannot add domains
        QVERIFY(f.core().accounts().addDomain(system, master.value().id, QStringLiteral("m.test")));
        User mia;
        mia.email = QStringLiteral("mia@m.test");
        auto user = f.core().directory().addUser(system, master.value().id, mia);
        QVERIFY(user);
        auto role = f.core().roles().roleByName(system, master.value().id, QStringLiteral("Master Administrator"));
        QVERIFY(role);
        QVERIFY(f.core().roles().addMembers(system, role.value().id, {mia.email}));
        const Actor actor {user.value().id, master.value().id, mia.email, false, QStringLiteral("127.0.0.1")};
        auto inLeaf = f.core().authorizer().effectivePermissions(actor, leaf.value().id);
        QVERIFY(inLeaf);
        QVERIFY(inLeaf.value().allows(AppArea::AccountHierarchy, Edit));
        QVERIFY(!inLeaf.value().allows(AppArea::TrackAndTrace, Read));
        QVERIFY(f.core().authorizer().effectivePermissions(actor, f.accountId()).value().isEmpty());
        auto nested = f.core().accounts().create(actor, QStringLiteral("MA-G-2"), QStringLiteral("Leaf 2"),
                                                 AccountKind::MailProcessing, QStringLiteral("MA-G"));
        QVERIFY2(nested, nested ? "" : qPrintable(nested.refusal().message));
        QVERIFY(!f.core().accounts().create(f.actor(P::Basic), QStringLiteral("MA-G-3"), QStringLiteral("Leaf 3"),
                                            AccountKind::MailProcessing, QStringLiteral("MA-G")));
    }

    void metacharactersAndUnicodeSurviveEveryTextField()
    {
        CoreFixture f;
        const QString evil = QStringLiteral("Robert'); DROP TABLE roles;-- \"Ünïcødé\" 日本 🔐 %_\\");
        auto role = f.core().roles().createRole(f.actor(P::Basic), f.accountId(), evil, evil, PermissionSet());
        QVERIFY2(role, role ? "" : qPrintable(role.refusal().message));
        auto found = f.core().roles().roleByName(f.actor(P::Basic), f.accountId(), evil);
        QVERIFY(found);
        QCOMPARE(found.value().name, evil.simplified());
        QCOMPARE(found.value().description, evil);
        User user;
        user.email = QStringLiteral("o'brien+tag@acme.test");
        user.displayName = evil;
        user.upn = evil;
        auto added = f.core().directory().addUser(f.actor(P::Basic), f.accountId(), user);
        QVERIFY2(added, added ? "" : qPrintable(added.refusal().message));
        QCOMPARE(added.value().displayName, evil.simplified());
        auto account = f.core().accounts().create(Actor::system(), QStringLiteral("X1"), evil, AccountKind::Standard);
        QVERIFY(account);
        QCOMPARE(f.core().accounts().find(Actor::system(), QStringLiteral("X1")).value().name, evil.simplified());
        QVERIFY(f.core().roles().roles(f.actor(P::Basic), f.accountId()).value().size() >= 9);
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "test_authorization.moc"
