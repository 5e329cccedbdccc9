#include "BuiltInRoles.h"

#include "Account.h"
#include "Role.h"

#include <QCoreApplication>
#include <initializer_list>
#include <utility>

namespace warden {

namespace {

using AreaVerbs = std::pair<AppArea, Verbs>;

PermissionSet matrix(std::initializer_list<AreaVerbs> rows, ProtectedPermissions protectedFlags = NoProtected,
                     ManagementLevel level = ManagementLevel::None)
{
    PermissionSet set;
    for (const auto& [area, verbs] : rows) {
        set.setVerbs(area, verbs);
    }
    set.setProtectedPermissions(protectedFlags);
    set.setManagementLevel(level);
    return set;
}

PermissionSet everyAreaExcept(std::initializer_list<AppArea> excluded, Verbs verbs)
{
    PermissionSet set;
    for (int i = 0; i < kAreaCount; ++i) {
        set.setVerbs(static_cast<AppArea>(i), verbs);
    }
    for (const AppArea area : excluded) {
        set.setVerbs(area, NoVerb);
    }
    return set;
}

QList<BuiltInRole> buildCatalogue()
{
    using A = AppArea;
    QList<BuiltInRole> roles;

    roles.append({BuiltInRoles::kSuperAdministrator, QStringLiteral("Super Administrator"),
                  QString::fromUtf8(QT_TRANSLATE_NOOP(
                      "BuiltInRoles",
                      "Full access including protected content and role management; creates Super and Full "
                      "Administrators and resets their passwords.")),
                  PermissionSet::all(), true, false, false, false, false});

    // Everything with the high-level protected permissions, but no Admin Management and no role
    // management. Account Roles is readable so a Full Administrator can see who holds what.
    PermissionSet full = everyAreaExcept({A::AdminManagement}, kAllVerbs);
    full.setVerbs(A::AccountRoles, Read);
    full.setProtectedPermissions(ContentView | DelegateMailbox | MessageExport | RetentionAdjust);
    roles.append({BuiltInRoles::kFullAdministrator, QStringLiteral("Full Administrator"),
                  QString::fromUtf8(QT_TRANSLATE_NOOP(
                      "BuiltInRoles",
                      "High-level privileges including content view, delegate mailbox, message export and "
                      "retention adjustments; no Admin Management.")),
                  full, true, false, false, false, true});

    PermissionSet basic = everyAreaExcept({A::AdminManagement}, kAllVerbs);
    basic.setManagementLevel(ManagementLevel::ManageApplicationRoles);
    roles.append(
        {BuiltInRoles::kBasicAdministrator, QStringLiteral("Basic Administrator"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "BuiltInRoles", "Read and write access to every application area, without protected permissions.")),
         basic, false, false, false, false, true});

    roles.append({BuiltInRoles::kHelpDeskAdministrator, QStringLiteral("Help Desk Administrator"),
                  QString::fromUtf8(QT_TRANSLATE_NOOP(
                      "BuiltInRoles",
                      "Track and trace, user settings and service connections; read-only policies and "
                      "roles.")),
                  matrix({{A::TrackAndTrace, Read | TakeAction},
                          {A::Policies, Read},
                          {A::AllowBlockRules, Read},
                          {A::Dashboard, Read},
                          {A::Detections, Read},
                          {A::Reports, Read},
                          {A::AccountRoles, Read},
                          {A::AccountSettings, Read},
                          {A::AccountHierarchy, Read},
                          {A::ExternalAdministrators, Read},
                          {A::InternalDirectories, Read},
                          {A::DirectorySynchronization, Read},
                          {A::AuditLogs, Read}}),
                  false, false, false, false, true});

    roles.append(
        {BuiltInRoles::kGatewayAdministrator, QStringLiteral("Gateway Administrator"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "BuiltInRoles", "Read access to policies, track and trace, service connections and user settings.")),
         matrix({{A::Policies, Read},
                 {A::TrackAndTrace, Read},
                 {A::InternalDirectories, Read},
                 {A::DirectorySynchronization, Read},
                 {A::Dashboard, Read}}),
         false, false, false, false, true});

    roles.append(
        {BuiltInRoles::kDiscoveryOfficer, QStringLiteral("Discovery Officer"),
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "BuiltInRoles", "Archive search with content view, message export and retention adjustments.")),
         matrix({{A::ArchiveSearch, kAllVerbs}, {A::Dashboard, Read}}, ContentView | MessageExport | RetentionAdjust),
         true, false, false, false, true});

    roles.append({BuiltInRoles::kSyncEngineAdministrator, QStringLiteral("Synchronization Engine Administrator"),
                  QString::fromUtf8(QT_TRANSLATE_NOOP("BuiltInRoles", "Manages Synchronization Engine sites.")),
                  matrix({{A::SyncEngineSites, kAllVerbs}, {A::Dashboard, Read}}), true, false, false, false, true});

    PermissionSet partner = basic;
    partner.setProtectedPermissions(DelegateMailbox);
    roles.append({BuiltInRoles::kPartnerAdministrator, QStringLiteral("Partner Administrator"),
                  QString::fromUtf8(QT_TRANSLATE_NOOP(
                      "BuiltInRoles",
                      "Full privileges of a Basic Administrator plus delegate mailbox access; for partner "
                      "(MSP) administrators only.")),
                  partner, false, false, true, false, true, true});

    // Hierarchy, domains, imports and inherited policies; no email-security actions (no Take
    // Action anywhere), no mail flow (no Track and Trace), no federation settings.
    roles.append({BuiltInRoles::kMasterAdministrator, QStringLiteral("Master Administrator"),
                  QString::fromUtf8(QT_TRANSLATE_NOOP(
                      "BuiltInRoles",
                      "Manages the account hierarchy, internal domains, imports with account codes and "
                      "inherited policies; cannot take email-security actions or see mail flow.")),
                  matrix({{A::AccountHierarchy, kReadWrite},
                          {A::InternalDirectories, kReadWrite},
                          {A::DirectoryImport, kReadWrite},
                          {A::DirectorySynchronization, Read | Edit},
                          {A::Policies, kReadWrite},
                          {A::AccountSettings, Read | Edit},
                          {A::AccountRoles, kReadWrite},
                          {A::AuditLogs, Read},
                          {A::Dashboard, Read}},
                         NoProtected, ManagementLevel::ManageApplicationRoles),
                  false, true, false, true, true});

    PermissionSet migration = everyAreaExcept({A::AdminManagement, A::ArchiveSearch}, Read);
    migration.setVerbs(A::DirectoryImport, kReadWrite);
    migration.setVerbs(A::InternalDirectories, Read | Edit);
    migration.setVerbs(A::DirectorySynchronization, Read | TakeAction);
    roles.append({BuiltInRoles::kMigrationAdministrator, QStringLiteral("Migration Administrator"),
                  QString::fromUtf8(QT_TRANSLATE_NOOP(
                      "BuiltInRoles",
                      "Read-only everywhere on the master and nested accounts; directory import, user home "
                      "location and directory synchronization.")),
                  migration, false, true, false, true, true});
    return roles;
}

} // namespace

const QList<BuiltInRole>& BuiltInRoles::all()
{
    static const QList<BuiltInRole> catalogue = buildCatalogue();
    return catalogue;
}

QString BuiltInRoles::displayDescription(const Role& role)
{
    const BuiltInRole* builtIn = role.isBuiltIn() ? find(role.builtInKey) : nullptr;
    if (builtIn == nullptr || role.description != builtIn->description) {
        return role.description;
    }
    return QCoreApplication::translate("BuiltInRoles", builtIn->description.toUtf8().constData());
}

const BuiltInRole* BuiltInRoles::find(const QString& key)
{
    for (const BuiltInRole& role : all()) {
        if (role.key == key) {
            return &role;
        }
    }
    return nullptr;
}

QList<const BuiltInRole*> BuiltInRoles::forAccountKind(AccountKind kind)
{
    QList<const BuiltInRole*> result;
    for (const BuiltInRole& role : all()) {
        if (role.masterOnly == (kind == AccountKind::Master)) {
            result.append(&role);
        }
    }
    return result;
}

} // namespace warden
