// Custom roles and membership: create, copy, edit, delete, add many, page members.
#include "CoreFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {
PermissionSet reportsReader()
{
    PermissionSet set;
    set.setVerbs(AppArea::Reports, Read);
    set.setVerbs(AppArea::Dashboard, Read);
    return set;
}
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsCreatedWithTheAccount()
    {
        CoreFixture f;
        auto roles = f.core().roles().roles(f.actor(P::Super), f.accountId());
        QVERIFY(roles);
        QStringList names;
        for (const Role& role : roles.value()) {
            names.append(role.name);
            QVERIFY(role.isBuiltIn());
        }
        QVERIFY(names.contains(QStringLiteral("Super Administrator")));
        QVERIFY(!names.contains(QStringLiteral("Master Administrator")));
        QCOMPARE(f.role(QStringLiteral("Super Administrator")).memberCount, 2);
        QVERIFY(f.role(QStringLiteral("Super Administrator")).isProtected());
        QVERIFY(!f.role(QStringLiteral("Partner Administrator")).isProtected());
    }

    void createCopyEditDelete()
    {
        CoreFixture f;
        RoleService& roles = f.core().roles();
        const Actor basic = f.actor(P::Basic);
        auto created = roles.createRole(basic, f.accountId(), QStringLiteral("  Report   Readers "),
                                        QStringLiteral("Reads reports"), reportsReader());
        QVERIFY(created);
        QCOMPARE(created.value().name, QStringLiteral("Report Readers"));
        QCOMPARE(roles.role(basic, created.value().id).value().permissions, reportsReader());

        auto duplicate = roles.createRole(basic, f.accountId(), QStringLiteral("report readers"), {}, reportsReader());
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.refusal().kind, Refusal::Kind::Conflict);
        QVERIFY(!roles.createRole(basic, f.accountId(), QStringLiteral("   "), {}, reportsReader()));

        auto copy = roles.copyRole(basic, created.value().id, QStringLiteral("Report Readers (EU)"));
        QVERIFY(copy);
        QCOMPARE(copy.value().permissions, reportsReader());
        QCOMPARE(copy.value().description, QStringLiteral("Reads reports"));
        auto copyOfBuiltIn = roles.copyRole(basic, f.role(QStringLiteral("Help Desk Administrator")).id,
                                            QStringLiteral("Help Desk Plus"));
        QVERIFY(copyOfBuiltIn);
        QVERIFY(!copyOfBuiltIn.value().isBuiltIn());

        PermissionSet more = reportsReader();
        more.setVerbs(AppArea::Policies, Read | Edit);
        auto edited = roles.updateRole(basic, copy.value().id, QStringLiteral("EU Reports"), QStringLiteral("d"), more);
        QVERIFY(edited);
        QCOMPARE(roles.role(basic, copy.value().id).value().permissions, more);
        QCOMPARE(roles.role(basic, copy.value().id).value().name, QStringLiteral("EU Reports"));
        auto clash = roles.updateRole(basic, copy.value().id, QStringLiteral("Report Readers"), {}, more);
        QVERIFY(!clash);

        QVERIFY(roles.addMembers(basic, copy.value().id, {CoreFixture::plainUser(1)}));
        auto refused = roles.deleteRole(basic, copy.value().id);
        QVERIFY(!refused);
        QVERIFY(refused.refusal().message.contains(QLatin1String("still has 1 member")));
        QVERIFY(roles.deleteRole(basic, copy.value().id, true));
        QCOMPARE(roles.role(basic, copy.value().id).refusal().kind, Refusal::Kind::NotFound);
        QVERIFY(roles.rolesOfUser(basic, CoreFixture::plainUser(1)).value().isEmpty());
    }

    void addManyAtOnceAndPageMembers()
    {
        CoreFixture f;
        RoleService& roles = f.core().roles();
        const Actor basic = f.actor(P::Basic);
        const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
        QStringList emails;
        for (int i = 0; i < CoreFixture::kPlainUsers; ++i) {
            emails.append(CoreFixture::plainUser(i).toUpper()); // addresses match case-insensitively
        }
        emails.append(CoreFixture::email(P::HelpDesk));
        auto change = roles.addMembers(basic, helpDesk.id, emails);
        QVERIFY(change);
        QCOMPARE(change.value().added.size(), CoreFixture::kPlainUsers);
        QCOMPARE(change.value().alreadyMembers, QStringList {CoreFixture::email(P::HelpDesk)});
        // The plain users have no sign-in method: they hold the role but cannot sign in yet.
        QCOMPARE(change.value().withoutSignIn.size(), CoreFixture::kPlainUsers);
        QVERIFY(!change.value().withoutSignIn.contains(CoreFixture::email(P::HelpDesk)));
        f.enroll(P::HelpDesk, QStringLiteral("help-desk-password-1"));
        auto enrolled = roles.addMembers(basic, f.role(QStringLiteral("Gateway Administrator")).id,
                                         {CoreFixture::email(P::HelpDesk)});
        QVERIFY(enrolled);
        QCOMPARE(enrolled.value().added, QStringList {CoreFixture::email(P::HelpDesk)});
        QVERIFY2(enrolled.value().withoutSignIn.isEmpty(), qPrintable(enrolled.value().withoutSignIn.join(u',')));
        QCOMPARE(f.role(QStringLiteral("Help Desk Administrator")).memberCount, CoreFixture::kPlainUsers + 1);

        QStringList seen;
        QString after;
        int pages = 0;
        for (;;) {
            auto page = roles.members(basic, helpDesk.id, after, 7);
            QVERIFY(page);
            for (const User& user : page.value().members) {
                seen.append(user.email);
            }
            ++pages;
            if (!page.value().hasMore) {
                break;
            }
            after = page.value().nextAfterEmail;
        }
        QCOMPARE(seen.size(), CoreFixture::kPlainUsers + 1);
        QCOMPARE(pages, 5);
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(seen, sorted);

        auto held = roles.rolesOfUser(basic, CoreFixture::plainUser(4));
        QVERIFY(held);
        QCOMPARE(held.value().size(), 1);
        QVERIFY(roles.removeMember(basic, helpDesk.id, CoreFixture::plainUser(4)));
        auto again = roles.removeMember(basic, helpDesk.id, CoreFixture::plainUser(4));
        QVERIFY(!again);
        QCOMPARE(again.refusal().kind, Refusal::Kind::NotFound);
        QVERIFY(!roles.addMembers(basic, helpDesk.id, {}));
    }

    void severalMembersAreRemovedInOneTransactionOneEntryEach()
    {
        CoreFixture f;
        RoleService& roles = f.core().roles();
        const Actor basic = f.actor(P::Basic);
        const Role helpDesk = f.role(QStringLiteral("Help Desk Administrator"));
        const QStringList three {CoreFixture::plainUser(1), CoreFixture::plainUser(2), CoreFixture::plainUser(3)};
        QVERIFY(roles.addMembers(basic, helpDesk.id, three));
        const int before = f.role(QStringLiteral("Help Desk Administrator")).memberCount;

        // One address that is not a member refuses the whole removal, naming it.
        auto refused = roles.removeMembers(basic, helpDesk.id, three + QStringList {CoreFixture::plainUser(9)});
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().kind, Refusal::Kind::NotFound);
        QVERIFY2(refused.refusal().message.contains(CoreFixture::plainUser(9)), qPrintable(refused.refusal().message));
        QCOMPARE(f.role(QStringLiteral("Help Desk Administrator")).memberCount, before);
        auto unknown = roles.removeMembers(basic, helpDesk.id, {QStringLiteral("nobody@nowhere.test")});
        QVERIFY(!unknown);
        QVERIFY(unknown.refusal().message.contains(QLatin1String("nobody@nowhere.test")));
        QVERIFY(!roles.removeMembers(basic, helpDesk.id, {}));

        // A read-only persona may not remove anyone.
        QVERIFY(!roles.removeMembers(f.actor(P::HelpDesk), helpDesk.id, three));
        QCOMPARE(f.role(QStringLiteral("Help Desk Administrator")).memberCount, before);

        QVERIFY(roles.removeMembers(basic, helpDesk.id, three));
        QCOMPARE(f.role(QStringLiteral("Help Desk Administrator")).memberCount, before - 3);
        AuditFilter filter;
        filter.action = QStringLiteral("role.member.remove");
        auto entries = f.core().audit().list(Actor::system(), filter);
        QVERIFY(entries);
        QStringList removed;
        for (const AuditEntry& entry : entries.value()) {
            QCOMPARE(entry.actor, basic.email);
            removed.append(
                QJsonDocument::fromJson(entry.before.toUtf8()).object().value(QStringLiteral("member")).toString());
        }
        QCOMPARE(removed, three);
    }

    void theLastActiveSuperAdministratorsCannotAllLeave()
    {
        CoreFixture f;
        RoleService& roles = f.core().roles();
        const Actor super = f.actor(P::Super);
        const Role superRole = f.role(QStringLiteral("Super Administrator"));
        auto members = roles.members(super, superRole.id);
        QVERIFY(members);
        QStringList everyone;
        for (const User& user : members.value().members) {
            everyone.append(user.email);
        }
        QVERIFY2(everyone.size() >= 2, qPrintable(everyone.join(QLatin1Char(','))));
        auto refused = roles.removeMembers(super, superRole.id, everyone);
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().kind, Refusal::Kind::Forbidden);
        QVERIFY2(refused.refusal().message.contains(QLatin1String("without an active Super Administrator")),
                 qPrintable(refused.refusal().message));
        QCOMPARE(f.role(QStringLiteral("Super Administrator")).memberCount, int(everyone.size()));
        // All but one may go (the role is protected: the system applies what a request approved).
        QVERIFY(roles.removeMembers(Actor::system(), superRole.id, everyone.mid(1)));
        QCOMPARE(f.role(QStringLiteral("Super Administrator")).memberCount, 1);
    }

    void everyChangeIsAudited()
    {
        CoreFixture f;
        RoleService& roles = f.core().roles();
        const Actor basic = f.actor(P::Basic);
        auto created = roles.createRole(basic, f.accountId(), QStringLiteral("Audited"), {}, reportsReader());
        QVERIFY(created);
        QVERIFY(roles.addMembers(basic, created.value().id, {CoreFixture::plainUser(1), CoreFixture::plainUser(2)}));
        QVERIFY(roles.removeMember(basic, created.value().id, CoreFixture::plainUser(1)));
        QVERIFY(roles.deleteRole(basic, created.value().id, true));
        AuditFilter filter;
        filter.actor = basic.email;
        auto entries = f.core().audit().list(Actor::system(), filter);
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry& entry : entries.value()) {
            actions.append(entry.action);
            QCOMPARE(entry.accountCode, QStringLiteral("ACME"));
            QVERIFY(entry.at.timeSpec() == Qt::UTC);
        }
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("role.create"), QStringLiteral("role.member.add"),
                               QStringLiteral("role.member.remove"), QStringLiteral("role.delete")}));
        QVERIFY(entries.value().at(1).after.contains(CoreFixture::plainUser(2)));
        QVERIFY(entries.value().at(3).before.contains(QLatin1String("\"memberCount\":1")));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "test_roles.moc"
