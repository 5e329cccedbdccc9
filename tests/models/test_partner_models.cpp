// The external admins table and the account hierarchy tree, under QAbstractItemModelTester.
#include "AccountHierarchyModel.h"
#include "CoreFixture.h"
#include "ExternalAdminsModel.h"
#include "HierarchySetup.h"
#include "PartnerSetup.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace warden;
using namespace warden::test;
using P = CoreFixture::Persona;

class TestPartnerModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void externalAdminsFollowTheCore()
    {
        CoreFixture f;
        PartnerSetup p(f);
        ExternalAdminsModel model(f.core(), f.actor(P::Super), f.accountId());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(ExternalAdminsModel::ColumnCount));
        QCOMPARE(model.index(0, ExternalAdminsModel::EmailColumn).data().toString(),
                 QStringLiteral("alice@nwmsp.test"));
        QCOMPARE(model.index(0, ExternalAdminsModel::RoleColumn).data().toString(),
                 QStringLiteral("Partner Administrator"));
        QCOMPARE(model.index(0, ExternalAdminsModel::PartnerColumn).data().toString(), QStringLiteral("Northwind MSP"));
        QCOMPARE(model.index(0, ExternalAdminsModel::AddedByColumn).data().toString(), QStringLiteral("system"));
        QVERIFY(!model.index(0, ExternalAdminsModel::AddedOnColumn).data().toString().isEmpty());

        QVERIFY(f.core().partners().addExternalAdmin(f.actor(P::Super), f.accountId(), QStringLiteral("bob@nwmsp.test"),
                                                     QStringLiteral("Gateway Administrator")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data(ExternalAdminsModel::RoleNameRole).toString(),
                 QStringLiteral("Gateway Administrator"));
        QVERIFY(f.core().partners().revokeDelegation(Actor::system(), f.accountId(), p.partner().id));
        QCOMPARE(model.rowCount(), 0);

        // Someone without any role there sees nothing and is told why.
        ExternalAdminsModel outsider(f.core(), f.actor(P::Super), p.gammaId());
        QCOMPARE(outsider.rowCount(), 0);
        QVERIFY(!outsider.loadError().isEmpty());
    }

    void hierarchyNestsAccountsAndShowsLinkedDomains()
    {
        CoreFixture f;
        const Hierarchy h = buildHierarchy(f);
        QVERIFY(f.core().accounts().linkDomain(h.masterAdmin, QStringLiteral("master.test"), h.leaf));
        AccountHierarchyModel model(f.core(), h.masterAdmin);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 1); // MASTER; the rest is nested under it
        const QModelIndex master = model.index(0, 0);
        QCOMPARE(master.data(AccountHierarchyModel::AccountCodeRole).toString(), QStringLiteral("MASTER"));
        QCOMPARE(model.rowCount(master), 2); // GRP and MP2
        const QModelIndex leaf = model.indexOfAccount(h.leaf);
        QVERIFY(leaf.isValid());
        QCOMPARE(leaf.parent().data(AccountHierarchyModel::AccountCodeRole).toString(), QStringLiteral("GRP"));
        QVERIFY(model.index(leaf.row(), AccountHierarchyModel::DomainsColumn, leaf.parent())
                    .data()
                    .toString()
                    .contains(QLatin1String("master.test (linked from MASTER)")));
        QCOMPARE(model.index(leaf.row(), AccountHierarchyModel::KindColumn, leaf.parent()).data().toString(),
                 accountKindDisplayName(AccountKind::MailProcessing));

        QVERIFY(f.core().accounts().create(h.masterAdmin, QStringLiteral("MP9"), QStringLiteral("Leaf 9"),
                                           AccountKind::MailProcessing, QStringLiteral("GRP")));
        QCOMPARE(model.rowCount(model.indexOfAccount(h.group)), 2);
        // ACME's Super Administrator sees ACME only, as a root.
        AccountHierarchyModel acme(f.core(), f.actor(P::Super));
        QCOMPARE(acme.rowCount(), 1);
        QCOMPARE(acme.index(0, AccountHierarchyModel::CodeColumn).data().toString(), QStringLiteral("ACME"));
    }
};

QTEST_MAIN(TestPartnerModels)
#include "test_partner_models.moc"
