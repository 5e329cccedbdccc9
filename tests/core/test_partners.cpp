// Partners (MSP): delegation, external administrators, multi-account apply, revocation.
#include "CoreFixture.h"
#include "PartnerSetup.h"

#include <QTest>
#include <algorithm>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

namespace {

QStringList codes(const QList<Account>& accounts)
{
    QStringList list;
    for (const Account& account : accounts) {
        list.append(account.code);
    }
    list.sort();
    return list;
}

QStringList emails(const QList<ExternalAdmin>& admins)
{
    QStringList list;
    for (const ExternalAdmin& admin : admins) {
        list.append(admin.email);
    }
    return list;
}

QStringList roleNames(const QList<Role>& roles)
{
    QStringList list;
    for (const Role& role : roles) {
        list.append(role.name);
    }
    return list;
}

int auditCount(CoreFixture& f, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    return int(f.core().audit().list(Actor::system(), filter).value().size());
}

} // namespace

class TestPartners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partnerAdminSeesOnlyDelegatedAccounts()
    {
        CoreFixture f;
        PartnerSetup p(f);
        auto visible = f.core().accounts().visibleAccounts(p.alice());
        QVERIFY(visible);
        QCOMPARE(codes(visible.value()),
                 (QStringList {QStringLiteral("ACME"), QStringLiteral("BETA"), QStringLiteral("NWMSP")}));
        // Partner Administrator acts like a Basic Administrator inside a delegated account.
        QVERIFY(f.core().authorizer().check(p.alice(), Action::EditDirectory, f.accountId()));
        auto inGamma = f.core().authorizer().check(p.alice(), Action::ViewRoles, p.gammaId());
        QVERIFY(!inGamma);
        QCOMPARE(inGamma.refusal().kind, Refusal::Kind::Denied);
    }

    void addChangeAndRemoveAnExternalAdmin()
    {
        CoreFixture f;
        PartnerSetup p(f);
        auto& partners = f.core().partners();
        const Actor super = f.actor(P::Super);
        auto added = partners.addExternalAdmin(super, f.accountId(), QStringLiteral("Bob@NWMSP.test"),
                                               QStringLiteral("Help Desk Administrator"));
        QVERIFY2(added, added ? "" : qPrintable(added.refusal().message));
        QCOMPARE(added.value().email, QStringLiteral("bob@nwmsp.test"));
        QCOMPARE(added.value().roleName, QStringLiteral("Help Desk Administrator"));
        QCOMPARE(added.value().addedBy, super.email);
        QCOMPARE(added.value().partnerName, QStringLiteral("Northwind MSP"));
        QVERIFY(!added.value().addedAt.isEmpty());
        auto listed = partners.externalAdmins(f.actor(P::HelpDesk), f.accountId());
        QVERIFY(listed);
        QCOMPARE(emails(listed.value()),
                 (QStringList {QStringLiteral("alice@nwmsp.test"), QStringLiteral("bob@nwmsp.test")}));

        auto again = partners.addExternalAdmin(super, f.accountId(), QStringLiteral("bob@nwmsp.test"),
                                               QStringLiteral("Basic Administrator"));
        QVERIFY(!again);
        QCOMPARE(again.refusal().kind, Refusal::Kind::Conflict);

        auto changed = partners.changeRole(super, f.accountId(), QStringLiteral("bob@nwmsp.test"),
                                           QStringLiteral("Basic Administrator"));
        QVERIFY2(changed, changed ? "" : qPrintable(changed.refusal().message));
        QCOMPARE(changed.value().roleName, QStringLiteral("Basic Administrator"));
        const Actor bob = p.staff(changed.value().userId, changed.value().email);
        QVERIFY(f.core().authorizer().check(bob, Action::EditDirectory, f.accountId()));

        QVERIFY(partners.removeExternalAdmin(super, f.accountId(), QStringLiteral("bob@nwmsp.test")));
        QVERIFY(!f.core().authorizer().check(bob, Action::ViewAccount, f.accountId()));
        QCOMPARE(auditCount(f, QStringLiteral("external_admin.add")), 3); // two by the setup, one here
        QCOMPARE(auditCount(f, QStringLiteral("external_admin.change_role")), 1);
        QCOMPARE(auditCount(f, QStringLiteral("external_admin.remove")), 1);
        AuditFilter filter;
        filter.action = QStringLiteral("external_admin.change_role");
        const AuditEntry entry = f.core().audit().list(Actor::system(), filter).value().first();
        QVERIFY(entry.before.contains(QLatin1String("Help Desk Administrator")));
        QVERIFY(entry.after.contains(QLatin1String("Basic Administrator")));
    }

    void badExternalAdminsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("inside the customer's own domain")
            << QStringLiteral("user00@acme.test") << QStringLiteral("Basic Administrator")
            << int(Refusal::Kind::BadInput) << QStringLiteral("own domain acme.test");
        QTest::newRow("unknown address") << QStringLiteral("stranger@elsewhere.test")
                                         << QStringLiteral("Basic Administrator") << int(Refusal::Kind::NotFound)
                                         << QStringLiteral("not an administrator of any partner");
        QTest::newRow("another customer's user, not a partner")
            << QStringLiteral("owner@beta.test") << QStringLiteral("Basic Administrator")
            << int(Refusal::Kind::NotFound) << QStringLiteral("not an administrator of any partner");
        QTest::newRow("malformed") << QStringLiteral("bob@@nwmsp.test") << QStringLiteral("Basic Administrator")
                                   << int(Refusal::Kind::BadInput) << QStringLiteral("not a valid email");
        QTest::newRow("protected role") << QStringLiteral("bob@nwmsp.test") << QStringLiteral("Full Administrator")
                                        << int(Refusal::Kind::NeedsChangeRequest) << QStringLiteral("change request");
        QTest::newRow("partner role given by a customer admin")
            << QStringLiteral("bob@nwmsp.test") << QStringLiteral("Partner Administrator") << int(Refusal::Kind::Denied)
            << QStringLiteral("Only partner administrators");
        QTest::newRow("no such role") << QStringLiteral("bob@nwmsp.test") << QStringLiteral("Chief Wizard")
                                      << int(Refusal::Kind::NotFound) << QString();
    }

    void badExternalAdminsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, email);
        QFETCH(QString, role);
        QFETCH(int, kind);
        QFETCH(QString, says);
        CoreFixture f;
        PartnerSetup p(f);
        const int before = auditCount(f, QStringLiteral("external_admin.add"));
        auto added = f.core().partners().addExternalAdmin(f.actor(P::Super), f.accountId(), email, role);
        QVERIFY(!added);
        QCOMPARE(int(added.refusal().kind), kind);
        QVERIFY2(added.refusal().message.contains(says), qPrintable(added.refusal().message));
        QCOMPARE(emails(f.core().partners().externalAdmins(Actor::system(), f.accountId()).value()),
                 QStringList {QStringLiteral("alice@nwmsp.test")});
        QCOMPARE(auditCount(f, QStringLiteral("external_admin.add")), before);
    }

    void onlyDelegatedAccountsAcceptThePartnersAdmins()
    {
        CoreFixture f;
        PartnerSetup p(f);
        auto refused = f.core().partners().addExternalAdmin(
            Actor::system(), p.gammaId(), QStringLiteral("bob@nwmsp.test"), QStringLiteral("Basic Administrator"));
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().kind, Refusal::Kind::Denied);
        QVERIFY(refused.refusal().message.contains(QLatin1String("does not delegate")));
    }

    void partnerRoleIsOfferedOnlyToPartnerAdmins()
    {
        CoreFixture f;
        PartnerSetup p(f);
        const QString partnerRole = QStringLiteral("Partner Administrator");
        auto forCustomer = f.core().partners().assignableRoles(f.actor(P::Super), f.accountId());
        QVERIFY(forCustomer);
        QVERIFY(!roleNames(forCustomer.value()).contains(partnerRole));
        QVERIFY(roleNames(forCustomer.value()).contains(QStringLiteral("Basic Administrator")));
        QVERIFY(!roleNames(forCustomer.value()).contains(QStringLiteral("Full Administrator"))); // protected
        auto forPartner = f.core().partners().assignableRoles(p.alice(), f.accountId());
        QVERIFY(forPartner);
        QVERIFY(roleNames(forPartner.value()).contains(partnerRole));
        auto byPartner = f.core().partners().addExternalAdmin(p.alice(), f.accountId(),
                                                              QStringLiteral("bob@nwmsp.test"), partnerRole);
        QVERIFY2(byPartner, byPartner ? "" : qPrintable(byPartner.refusal().message));
        // Help Desk may look but not manage.
        auto helpDesk = f.core().partners().assignableRoles(f.actor(P::HelpDesk), f.accountId());
        QVERIFY(!helpDesk);
        QCOMPARE(helpDesk.refusal().kind, Refusal::Kind::Denied);
        QVERIFY(f.core().partners().externalAdmins(f.actor(P::HelpDesk), f.accountId()));
    }

    void oneExternalAdminAppliedToManyAccounts()
    {
        CoreFixture f;
        PartnerSetup p(f);
        const QList<qint64> accounts {f.accountId(), p.betaId(), p.gammaId()};
        // A wrong address is one answer, not one per account.
        auto unknown = f.core().partners().applyToAccounts(p.alice(), accounts, QStringLiteral("ghost@nwmsp.test"),
                                                           QStringLiteral("Basic Administrator"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.refusal().kind, Refusal::Kind::NotFound);
        QVERIFY(!f.core().partners().applyToAccounts(p.alice(), accounts, QStringLiteral("not an address"),
                                                     QStringLiteral("Basic Administrator")));
        // The partner's own home account is not a customer.
        QStringList customers;
        for (const Account& account : f.core().partners().customerAccounts(p.alice()).value()) {
            customers.append(account.code);
        }
        QCOMPARE(customers, (QStringList {QStringLiteral("ACME"), QStringLiteral("BETA")}));

        auto applied = f.core().partners().applyToAccounts(p.alice(), accounts, QStringLiteral("carol@nwmsp.test"),
                                                           QStringLiteral("Basic Administrator"));
        QVERIFY(applied);
        const QList<ExternalAdminOutcome> outcomes = applied.value();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).change, ExternalAdminOutcome::Change::Added);
        QCOMPARE(outcomes.at(2).change, ExternalAdminOutcome::Change::Refused);
        QCOMPARE(outcomes.at(0).accountCode, QStringLiteral("ACME"));
        QVERIFY2(outcomes.at(0).applied, qPrintable(outcomes.at(0).message));
        QVERIFY(outcomes.at(1).applied);
        QVERIFY(!outcomes.at(2).applied); // GAMMA does not delegate, alice holds nothing there
        QVERIFY(!outcomes.at(2).message.isEmpty());
        QVERIFY(emails(f.core().partners().externalAdmins(Actor::system(), p.betaId()).value())
                    .contains(QStringLiteral("carol@nwmsp.test")));
        QVERIFY(!emails(f.core().partners().externalAdmins(Actor::system(), p.gammaId()).value())
                     .contains(QStringLiteral("carol@nwmsp.test")));

        // Applying again with another role changes it where present; same role changes nothing.
        auto second = f.core().partners().applyToAccounts(p.alice(), {f.accountId(), p.betaId()},
                                                          QStringLiteral("carol@nwmsp.test"),
                                                          QStringLiteral("Help Desk Administrator"));
        QVERIFY(second.value().at(0).applied && second.value().at(0).message.contains(QLatin1String("Role changed")));
        QCOMPARE(second.value().at(0).change, ExternalAdminOutcome::Change::RoleChanged);
        auto third = f.core().partners().applyToAccounts(p.alice(), {f.accountId()}, QStringLiteral("carol@nwmsp.test"),
                                                         QStringLiteral("Help Desk Administrator"));
        QVERIFY(third.value().at(0).applied && third.value().at(0).message.startsWith(QLatin1String("Unchanged")));
        QCOMPARE(third.value().at(0).change, ExternalAdminOutcome::Change::Unchanged);
        QCOMPARE(auditCount(f, QStringLiteral("external_admin.change_role")), 2);
    }

    void revokingADelegationRemovesThePartnersAccess()
    {
        CoreFixture f;
        PartnerSetup p(f);
        QVERIFY(f.core().authorizer().check(p.alice(), Action::ViewAccount, p.betaId()));
        QVERIFY(!f.core().partners().revokeDelegation(f.actor(P::Super), p.betaId(), p.partner().id)); // not BETA's
        QVERIFY(f.core().partners().revokeDelegation(Actor::system(), p.betaId(), p.partner().id));
        auto denied = f.core().authorizer().check(p.alice(), Action::ViewAccount, p.betaId());
        QVERIFY(!denied);
        QVERIFY(f.core().partners().externalAdmins(Actor::system(), p.betaId()).value().isEmpty());
        QCOMPARE(auditCount(f, QStringLiteral("partner.revoke")), 1);

        // A role left behind by a raw edit still counts for nothing without the delegation.
        QVERIFY(f.core().partners().delegate(Actor::system(), p.betaId(), p.partner().id));
        QVERIFY(f.core().partners().addExternalAdmin(Actor::system(), p.betaId(), QStringLiteral("alice@nwmsp.test"),
                                                     QStringLiteral("Basic Administrator")));
        QVERIFY(f.database().execRaw(QStringLiteral("DELETE FROM account_delegations")));
        auto blocked = f.core().authorizer().check(p.alice(), Action::ViewAccount, p.betaId());
        QVERIFY(!blocked);
        QVERIFY2(blocked.refusal().message.contains(QLatin1String("no longer delegates")),
                 qPrintable(blocked.refusal().message));
    }

    void partnersAreRegisteredByTheServiceProviderOnly()
    {
        CoreFixture f;
        PartnerSetup p(f);
        auto refused =
            f.core().partners().createPartner(f.actor(P::Super), QStringLiteral("Rogue"), QStringLiteral("ACME"));
        QVERIFY(!refused);
        QCOMPARE(refused.refusal().kind, Refusal::Kind::Denied);
        auto duplicate = f.core().partners().createPartner(Actor::system(), QStringLiteral("northwind msp"),
                                                           QStringLiteral("GAMMA"));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.refusal().kind, Refusal::Kind::Conflict);
        QCOMPARE(f.core().partners().partners().value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPartners)
#include "test_partners.moc"
