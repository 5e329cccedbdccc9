// Account settings and hierarchy: IP allow-lists (parsing, saving, enforcement, partner
// exemption) and master accounts (domains linked down, nested accounts, master-only roles).
#include "CoreFixture.h"
#include "HierarchySetup.h"
#include "PartnerSetup.h"
#include "domain/IpRange.h"

#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

Actor from(Actor actor, const QString& address)
{
    actor.clientAddress = address;
    return actor;
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badRangesAreRefused_data()
    {
        QTest::addColumn<QString>("range");
        QTest::newRow("IPv4 prefix 33") << QStringLiteral("10.0.0.0/33");
        QTest::newRow("IPv6 prefix 129") << QStringLiteral("::1/129");
        QTest::newRow("octet 300") << QStringLiteral("300.1.1.1");
        QTest::newRow("short IPv4") << QStringLiteral("10.1/16");
        QTest::newRow("negative prefix") << QStringLiteral("10.0.0.0/-1");
        QTest::newRow("prefix not a number") << QStringLiteral("10.0.0.0/abc");
        QTest::newRow("words") << QStringLiteral("office network");
        QTest::newRow("scoped IPv6") << QStringLiteral("fe80::1%eth0/64");
        QTest::newRow("two slashes") << QStringLiteral("10.0.0.0/8/8");
    }

    void badRangesAreRefused()
    {
        QFETCH(QString, range);
        QVERIFY(!IpRange::parse(range));
        CoreFixture f;
        auto saved = f.core().accounts().setIpRestrictions(f.actor(P::Super), f.accountId(),
                                                           {QStringLiteral("127.0.0.0/8"), range}, false);
        QVERIFY(!saved);
        QCOMPARE(saved.refusal().kind, Refusal::Kind::BadInput);
        QVERIFY2(saved.refusal().message.contains(QLatin1String("Line 2")), qPrintable(saved.refusal().message));
        QVERIFY(f.core().accounts().ipRestrictions(Actor::system(), f.accountId()).value().ranges.isEmpty());
    }

    void rangesAreNormalisedAndDeduplicated()
    {
        CoreFixture f;
        auto saved = f.core().accounts().setIpRestrictions(
            f.actor(P::Super), f.accountId(),
            {QStringLiteral(" 10.1.2.3/8 "), QStringLiteral("10.0.0.0/8"), QStringLiteral("192.0.2.5"),
             QStringLiteral("2001:DB8::1/32"), QString(), QStringLiteral("127.0.0.1")},
            true);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.refusal().message));
        const QStringList expected {QStringLiteral("10.0.0.0/8"), QStringLiteral("192.0.2.5/32"),
                                    QStringLiteral("2001:db8::/32"), QStringLiteral("127.0.0.1/32")};
        QCOMPARE(saved.value().ranges, expected);
        auto read = f.core().accounts().ipRestrictions(f.actor(P::HelpDesk), f.accountId());
        QVERIFY(read);
        QCOMPARE(read.value().ranges, expected);
        QVERIFY(read.value().partnerSignInExempt);
        AuditFilter filter;
        filter.action = QStringLiteral("account.ip_allow_list");
        QCOMPARE(f.core().audit().list(Actor::system(), filter).value().size(), 1);
    }

    void aListThatLocksTheEditorOutIsRefused()
    {
        CoreFixture f;
        auto refused = f.core().accounts().setIpRestrictions(f.actor(P::Super), f.accountId(),
                                                             {QStringLiteral("10.0.0.0/8")}, false);
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().kind, Refusal::Kind::Conflict);
        QVERIFY(refused.refusal().message.contains(QLatin1String("127.0.0.1")));
        auto helpDesk = f.core().accounts().setIpRestrictions(f.actor(P::HelpDesk), f.accountId(),
                                                              {QStringLiteral("127.0.0.0/8")}, false);
        QVERIFY(!helpDesk);
        QCOMPARE(helpDesk.refusal().kind, Refusal::Kind::Denied);
    }

    void theAllowListIsEnforcedOnEveryCheck()
    {
        CoreFixture f;
        QVERIFY(f.core().accounts().setIpRestrictions(
            f.actor(P::Super), f.accountId(), {QStringLiteral("127.0.0.0/8"), QStringLiteral("2001:db8::/32")}, false));
        Authorizer& authorizer = f.core().authorizer();
        const Actor super = f.actor(P::Super);
        QVERIFY(authorizer.check(super, Action::ViewRoles, f.accountId()));
        QVERIFY(authorizer.check(from(super, QStringLiteral("2001:db8:1::5")), Action::ViewRoles, f.accountId()));
        QVERIFY(authorizer.check(from(super, QStringLiteral("::ffff:127.0.0.9")), Action::ViewRoles, f.accountId()));
        auto outside = authorizer.check(from(super, QStringLiteral("203.0.113.9")), Action::EditRole, f.accountId());
        QVERIFY(!outside);
        QVERIFY2(outside.refusal().message.contains(QLatin1String("203.0.113.9")),
                 qPrintable(outside.refusal().message));
        QVERIFY(!authorizer.check(from(super, QString()), Action::ViewAccount, f.accountId()));
        QVERIFY(!f.core().roles().roles(from(super, QStringLiteral("203.0.113.9")), f.accountId()));
    }

    void partnerSignInExemptionAppliesOnlyToPartners()
    {
        CoreFixture f;
        PartnerSetup p(f);
        QVERIFY(f.core().accounts().setIpRestrictions(f.actor(P::Super), f.accountId(), {QStringLiteral("127.0.0.0/8")},
                                                      false));
        auto blocked = f.core().authorizer().check(p.alice(), Action::ViewAccount, f.accountId());
        QVERIFY(!blocked);
        QVERIFY(blocked.refusal().message.contains(PartnerSetup::kPartnerAddress));
        QVERIFY(f.core().accounts().setIpRestrictions(f.actor(P::Super), f.accountId(), {QStringLiteral("127.0.0.0/8")},
                                                      true));
        QVERIFY(f.core().authorizer().check(p.alice(), Action::ViewAccount, f.accountId()));
        // The exemption is for partners: the account's own admins are still held to the list.
        QVERIFY(!f.core().authorizer().check(from(f.actor(P::Basic), PartnerSetup::kPartnerAddress),
                                             Action::ViewAccount, f.accountId()));
    }

    void domainsAreAddedOnTheMasterAndLinkedDown()
    {
        CoreFixture f;
        const Hierarchy h = buildHierarchy(f);
        auto& accounts = f.core().accounts();
        auto onLeaf = accounts.addDomain(Actor::system(), h.leaf, QStringLiteral("leaf.test"));
        QVERIFY(!onLeaf);
        QVERIFY(onLeaf.refusal().message.contains(QLatin1String("master")));

        User user;
        user.email = QStringLiteral("pat@master.test");
        QVERIFY(!f.core().directory().addUser(Actor::system(), h.leaf, user)); // not linked yet
        QCOMPARE(accounts.linkableDomains(h.masterAdmin, h.leaf).value(), QStringList {QStringLiteral("master.test")});
        QVERIFY(accounts.linkableDomains(f.actor(P::Super), h.leaf).value().isEmpty()); // no role up there
        auto linked = accounts.linkDomain(h.masterAdmin, QStringLiteral("master.test"), h.leaf);
        QVERIFY2(linked, linked ? "" : qPrintable(linked.refusal().message));
        QVERIFY(f.core().directory().addUser(Actor::system(), h.leaf, user));
        QVERIFY(accounts.linkableDomains(h.masterAdmin, h.leaf).value().isEmpty()); // linked already
        auto entries = accounts.domainEntries(h.masterAdmin, h.leaf);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 1);
        QVERIFY(entries.value().first().linked);
        QCOMPARE(entries.value().first().ownerCode, QStringLiteral("MASTER"));

        QCOMPARE(accounts.linkDomain(h.masterAdmin, QStringLiteral("master.test"), h.leaf).refusal().kind,
                 Refusal::Kind::Conflict);
        QCOMPARE(accounts.linkDomain(h.masterAdmin, QStringLiteral("master.test"), h.group).refusal().kind,
                 Refusal::Kind::BadInput); // groups do not process mail
        QCOMPARE(accounts.linkDomain(Actor::system(), QStringLiteral("master.test"), h.foreignLeaf).refusal().kind,
                 Refusal::Kind::BadInput); // another master's tree
        QCOMPARE(accounts.linkDomain(h.masterAdmin, QStringLiteral("nowhere.test"), h.leaf).refusal().kind,
                 Refusal::Kind::NotFound);
        QCOMPARE(accounts.linkDomain(f.actor(P::Super), QStringLiteral("master.test"), h.otherLeaf).refusal().kind,
                 Refusal::Kind::Denied); // ACME's Super Administrator has no role in MASTER
        QVERIFY(accounts.unlinkDomain(h.masterAdmin, QStringLiteral("master.test"), h.leaf));
        QVERIFY(accounts.domainEntries(h.masterAdmin, h.leaf).value().isEmpty());
    }

    void masterRolesAndTheirLimits()
    {
        CoreFixture f;
        const Hierarchy h = buildHierarchy(f);
        auto roles = f.core().roles().roles(Actor::system(), h.master);
        QVERIFY(roles);
        QStringList names;
        for (const Role& role : roles.value()) {
            names.append(role.name);
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("Master Administrator"), QStringLiteral("Migration Administrator")}));
        // The Master Administrator manages the hierarchy below, but takes no email-security action.
        auto nested = f.core().accounts().create(h.masterAdmin, QStringLiteral("MP3"), QStringLiteral("Leaf 3"),
                                                 AccountKind::MailProcessing, QStringLiteral("GRP"));
        QVERIFY2(nested, nested ? "" : qPrintable(nested.refusal().message));
        auto inLeaf = f.core().authorizer().effectivePermissions(h.masterAdmin, h.leaf);
        QVERIFY(inLeaf);
        for (int i = 0; i < kAreaCount; ++i) {
            QVERIFY(!inLeaf.value().allows(static_cast<AppArea>(i), TakeAction));
        }
        QVERIFY(!inLeaf.value().allows(AppArea::TrackAndTrace, Read));
        QCOMPARE(inLeaf.value().protectedPermissions(), NoProtected);
        QVERIFY(inLeaf.value().allows(AppArea::DirectoryImport, Edit));
        QVERIFY(!f.core().authorizer().check(h.masterAdmin, Action::ViewAccount, h.foreignLeaf));
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
