// The built-in role catalogue, one test per role, against the statements of DOMAIN.md.
#include "domain/Account.h"
#include "domain/BuiltInRoles.h"

#include <QJsonArray>
#include <QTest>

using namespace warden;

namespace {

const PermissionSet& perms(const QString& key)
{
    const BuiltInRole* role = BuiltInRoles::find(key);
    if (role == nullptr) {
        qFatal("missing built-in role %s", qPrintable(key));
    }
    return role->permissions;
}

bool writesAnywhere(const PermissionSet& set, bool countTakeAction)
{
    const Verbs writes = static_cast<Verbs>(Create | Edit | Delete | (countTakeAction ? TakeAction : NoVerb));
    for (int i = 0; i < kAreaCount; ++i) {
        if (set.verbs(static_cast<AppArea>(i)) & writes) {
            return true;
        }
    }
    return false;
}

bool isProtectedRole(const QString& key)
{
    const BuiltInRole* role = BuiltInRoles::find(key);
    return role->alwaysProtected || (!role->neverProtected && role->permissions.isProtected());
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueHasEveryRoleOnce()
    {
        QCOMPARE(BuiltInRoles::all().size(), 10);
        QSet<QString> names;
        for (const BuiltInRole& role : BuiltInRoles::all()) {
            names.insert(role.name);
        }
        QCOMPARE(names.size(), 10);
    }

    void superAdministrator()
    {
        const PermissionSet& p = perms(BuiltInRoles::kSuperAdministrator);
        QCOMPARE(p, PermissionSet::all());
        QVERIFY(isProtectedRole(BuiltInRoles::kSuperAdministrator));
        QVERIFY(!BuiltInRoles::find(BuiltInRoles::kSuperAdministrator)->editable);
    }

    void fullAdministrator()
    {
        const PermissionSet& p = perms(BuiltInRoles::kFullAdministrator);
        QCOMPARE(p.verbs(AppArea::AdminManagement), Verbs(NoVerb));
        QCOMPARE(p.managementLevel(), ManagementLevel::None);
        for (const auto flag : {ContentView, DelegateMailbox, MessageExport, RetentionAdjust}) {
            QVERIFY(p.hasProtected(flag));
        }
        QVERIFY(!p.hasProtected(SmartTagAssign));
        QCOMPARE(p.verbs(AppArea::Policies), kAllVerbs);
        QCOMPARE(p.verbs(AppArea::AccountRoles), Verbs(Read));
        QVERIFY(isProtectedRole(BuiltInRoles::kFullAdministrator));
    }

    void basicAdministrator()
    {
        const PermissionSet& p = perms(BuiltInRoles::kBasicAdministrator);
        QCOMPARE(p.protectedPermissions(), ProtectedPermissions(NoProtected));
        QCOMPARE(p.managementLevel(), ManagementLevel::ManageApplicationRoles);
        QCOMPARE(p.verbs(AppArea::AdminManagement), Verbs(NoVerb));
        for (int i = 1; i < kAreaCount; ++i) {
            QVERIFY2(p.allows(static_cast<AppArea>(i), Read) && p.allows(static_cast<AppArea>(i), Edit),
                     qPrintable(areaKey(static_cast<AppArea>(i))));
        }
        QVERIFY(!isProtectedRole(BuiltInRoles::kBasicAdministrator));
    }

    void helpDeskAdministrator()
    {
        const PermissionSet& p = perms(BuiltInRoles::kHelpDeskAdministrator);
        QVERIFY(!writesAnywhere(p, false));
        QVERIFY(p.allows(AppArea::TrackAndTrace, TakeAction));
        QVERIFY(p.allows(AppArea::Policies, Read));
        QVERIFY(p.allows(AppArea::AccountRoles, Read));
        QCOMPARE(p.verbs(AppArea::AdminManagement), Verbs(NoVerb));
        QCOMPARE(p.managementLevel(), ManagementLevel::None);
        QVERIFY(!isProtectedRole(BuiltInRoles::kHelpDeskAdministrator));
    }

    void gatewayAdministrator()
    {
        const PermissionSet& p = perms(BuiltInRoles::kGatewayAdministrator);
        QVERIFY(!writesAnywhere(p, true));
        QVERIFY(p.allows(AppArea::Policies, Read));
        QVERIFY(p.allows(AppArea::TrackAndTrace, Read));
        QVERIFY(!p.allows(AppArea::AccountRoles, Read));
        QVERIFY(!isProtectedRole(BuiltInRoles::kGatewayAdministrator));
    }

    void discoveryOfficer()
    {
        const PermissionSet& p = perms(BuiltInRoles::kDiscoveryOfficer);
        QCOMPARE(p.verbs(AppArea::ArchiveSearch), kAllVerbs);
        QCOMPARE(p.protectedPermissions(), ProtectedPermissions(ContentView | MessageExport | RetentionAdjust));
        QVERIFY(!p.allows(AppArea::Policies, Read));
        QVERIFY(isProtectedRole(BuiltInRoles::kDiscoveryOfficer));
    }

    void synchronizationEngineAdministrator()
    {
        const PermissionSet& p = perms(BuiltInRoles::kSyncEngineAdministrator);
        QCOMPARE(p.verbs(AppArea::SyncEngineSites), kAllVerbs);
        QVERIFY(!p.allows(AppArea::Policies, Read));
        QVERIFY(isProtectedRole(BuiltInRoles::kSyncEngineAdministrator));
    }

    void partnerAdministrator()
    {
        const BuiltInRole* role = BuiltInRoles::find(BuiltInRoles::kPartnerAdministrator);
        PermissionSet basicPlusDelegate = perms(BuiltInRoles::kBasicAdministrator);
        basicPlusDelegate.setProtectedPermissions(DelegateMailbox);
        QCOMPARE(role->permissions, basicPlusDelegate);
        QVERIFY(role->partnerOnly);
        QVERIFY(!isProtectedRole(BuiltInRoles::kPartnerAdministrator));
    }

    void masterAdministrator()
    {
        const BuiltInRole* role = BuiltInRoles::find(BuiltInRoles::kMasterAdministrator);
        const PermissionSet& p = role->permissions;
        QVERIFY(role->masterOnly && role->appliesToNested);
        QVERIFY(p.allows(AppArea::AccountHierarchy, Edit));
        QVERIFY(p.allows(AppArea::InternalDirectories, Create));
        QVERIFY(p.allows(AppArea::DirectoryImport, Create));
        QVERIFY(p.allows(AppArea::Policies, Edit));
        for (int i = 0; i < kAreaCount; ++i) {
            QVERIFY2(!p.allows(static_cast<AppArea>(i), TakeAction), "no email-security actions");
        }
        QCOMPARE(p.verbs(AppArea::TrackAndTrace), Verbs(NoVerb)); // no mail flow
        QVERIFY(!p.allows(AppArea::AccountSettings, Create)); // no federation configuration
        QVERIFY(!isProtectedRole(BuiltInRoles::kMasterAdministrator));
    }

    void migrationAdministrator()
    {
        const BuiltInRole* role = BuiltInRoles::find(BuiltInRoles::kMigrationAdministrator);
        const PermissionSet& p = role->permissions;
        QVERIFY(role->masterOnly && role->appliesToNested);
        QCOMPARE(p.verbs(AppArea::DirectoryImport), kReadWrite);
        QVERIFY(p.allows(AppArea::DirectorySynchronization, TakeAction));
        QVERIFY(p.allows(AppArea::InternalDirectories, Edit));
        QVERIFY(!p.allows(AppArea::Policies, Edit));
        QVERIFY(p.allows(AppArea::Policies, Read));
        QVERIFY(!isProtectedRole(BuiltInRoles::kMigrationAdministrator));
    }

    void masterAccountsStartWithTheirTwoRoles()
    {
        QStringList master;
        for (const BuiltInRole* role : BuiltInRoles::forAccountKind(AccountKind::Master)) {
            master.append(role->name);
        }
        QCOMPARE(master,
                 (QStringList {QStringLiteral("Master Administrator"), QStringLiteral("Migration Administrator")}));
        QCOMPARE(BuiltInRoles::forAccountKind(AccountKind::Standard).size(), 8);
    }

    void coversIsTheNoEscalationTest()
    {
        const PermissionSet& basic = perms(BuiltInRoles::kBasicAdministrator);
        QVERIFY(basic.covers(perms(BuiltInRoles::kHelpDeskAdministrator)));
        QVERIFY(!basic.covers(perms(BuiltInRoles::kPartnerAdministrator)));
        QVERIFY(basic.firstMissing(perms(BuiltInRoles::kPartnerAdministrator)).contains(QLatin1String("Delegate")));
        QVERIFY(PermissionSet::all().covers(basic));
        QCOMPARE(perms(BuiltInRoles::kHelpDeskAdministrator).united(basic), basic);
    }

    void jsonRoundTrip()
    {
        for (const BuiltInRole& role : BuiltInRoles::all()) {
            QString error;
            const auto parsed = PermissionSet::fromJson(role.permissions.toJson(), &error);
            QVERIFY2(parsed.has_value(), qPrintable(error));
            QCOMPARE(*parsed, role.permissions);
        }
        QString error;
        QVERIFY(!PermissionSet::fromJson(
            QJsonObject {{QStringLiteral("areas"), QJsonObject {{QStringLiteral("nope"), QJsonArray()}}}}, &error));
        QVERIFY(error.contains(QLatin1String("nope")));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "test_permissions.moc"
