#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <array>
#include <cstdint>
#include <optional>

namespace warden {

/// Application areas of the permission matrix (DOMAIN.md "Roles and permissions").
/// The order is the display order; `areaKey()` is the stable name stored in the database.
enum class AppArea : int {
    AdminManagement,
    AccountRoles,
    AccountSettings,
    AccountHierarchy,
    ExternalAdministrators,
    InternalDirectories,
    DirectoryImport,
    DirectorySynchronization,
    AuditLogs,
    Dashboard,
    Policies,
    AllowBlockRules,
    AuthorizedOutbounds,
    Detections,
    TrackAndTrace,
    Reports,
    ArchiveSearch,
    Journaling,
    SyncEngineSites,
};
inline constexpr int kAreaCount = 19;

/// Verbs of an application permission, as bit flags.
enum Verb : std::uint8_t {
    NoVerb = 0,
    Read = 1,
    Create = 2,
    Edit = 4,
    Delete = 8,
    TakeAction = 16,
};
using Verbs = std::uint8_t;
inline constexpr Verbs kAllVerbs = Read | Create | Edit | Delete | TakeAction;
inline constexpr Verbs kReadWrite = Read | Create | Edit | Delete;
inline constexpr std::array<Verb, 5> kVerbOrder = {Read, Create, Edit, Delete, TakeAction};

/// Protected permissions, as bit flags.
enum ProtectedPermission : std::uint8_t {
    NoProtected = 0,
    ContentView = 1,
    MessageExport = 2,
    RetentionAdjust = 4,
    SmartTagAssign = 8,
    DelegateMailbox = 16,
};
using ProtectedPermissions = std::uint8_t;
inline constexpr ProtectedPermissions kAllProtected =
    ContentView | MessageExport | RetentionAdjust | SmartTagAssign | DelegateMailbox;
inline constexpr std::array<ProtectedPermission, 5> kProtectedOrder = {ContentView, MessageExport, RetentionAdjust,
                                                                       SmartTagAssign, DelegateMailbox};

/// Role management level; ordered, a higher level includes the lower ones.
enum class ManagementLevel : int {
    None = 0,
    ManageApplicationRoles = 1,
    ProtectedRoles = 2,
};

/// The complete set of powers a role grants: verbs per area, protected flags and management level.
/// Value type; `covers()` is the no-escalation test and `united()` builds effective permissions.
class PermissionSet
{
    Q_DECLARE_TR_FUNCTIONS(PermissionSet)

public:
    [[nodiscard]] Verbs verbs(AppArea area) const { return m_verbs.at(static_cast<std::size_t>(area)); }
    void setVerbs(AppArea area, Verbs verbs) { m_verbs.at(static_cast<std::size_t>(area)) = verbs & kAllVerbs; }
    [[nodiscard]] bool allows(AppArea area, Verb verb) const { return (verbs(area) & verb) != 0; }

    [[nodiscard]] ProtectedPermissions protectedPermissions() const { return m_protected; }
    void setProtectedPermissions(ProtectedPermissions flags) { m_protected = flags & kAllProtected; }
    [[nodiscard]] bool hasProtected(ProtectedPermission flag) const { return (m_protected & flag) != 0; }

    [[nodiscard]] ManagementLevel managementLevel() const { return m_level; }
    void setManagementLevel(ManagementLevel level) { m_level = level; }

    /// A role is protected when it holds any protected permission or the ProtectedRoles level.
    [[nodiscard]] bool isProtected() const;
    /// True when every power in `other` is also in this set (nobody grants what they lack).
    [[nodiscard]] bool covers(const PermissionSet& other) const;
    /// A sentence naming the first power of `other` missing from this set, for refusals.
    [[nodiscard]] QString firstMissing(const PermissionSet& other) const;
    [[nodiscard]] PermissionSet united(const PermissionSet& other) const;
    [[nodiscard]] bool isEmpty() const;

    static PermissionSet all();
    /// {"areas": {"account_roles": ["Read", ...]}, "protected": [...], "management": "None"}
    [[nodiscard]] QJsonObject toJson() const;
    /// Parses toJson()'s form; nullopt with `error` set on an unknown key.
    static std::optional<PermissionSet> fromJson(const QJsonObject& json, QString* error);
    bool operator==(const PermissionSet& other) const = default;

private:
    std::array<Verbs, kAreaCount> m_verbs {};
    ProtectedPermissions m_protected = NoProtected;
    ManagementLevel m_level = ManagementLevel::None;
};

QString areaKey(AppArea area);
std::optional<AppArea> areaFromKey(const QString& key);
QString areaDisplayName(AppArea area);
/// Stable English key of a verb, used in JSON (audit entries, wardenctl); never translated.
QString verbKey(Verb verb);
QString verbDisplayName(Verb verb);
QString protectedDisplayName(ProtectedPermission flag);
QString protectedKey(ProtectedPermission flag);
QString managementLevelKey(ManagementLevel level);
std::optional<ManagementLevel> managementLevelFromKey(const QString& key);
QString managementLevelDisplayName(ManagementLevel level);

} // namespace warden
