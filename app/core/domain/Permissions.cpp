#include "Permissions.h"

#include <QJsonArray>
#include <algorithm>

namespace warden {

namespace {

struct AreaName
{
    const char* key;
    const char* display;
};

// Stable database keys and English display names, in AppArea order.
constexpr std::array<AreaName, kAreaCount> kAreaNames = {{
    {"admin_management", QT_TRANSLATE_NOOP("PermissionSet", "Admin Management")},
    {"account_roles", QT_TRANSLATE_NOOP("PermissionSet", "Account Roles")},
    {"account_settings", QT_TRANSLATE_NOOP("PermissionSet", "Account Settings")},
    {"account_hierarchy", QT_TRANSLATE_NOOP("PermissionSet", "Account Hierarchy")},
    {"external_administrators", QT_TRANSLATE_NOOP("PermissionSet", "External Administrators")},
    {"internal_directories", QT_TRANSLATE_NOOP("PermissionSet", "Internal Directories")},
    {"directory_import", QT_TRANSLATE_NOOP("PermissionSet", "Directory Import")},
    {"directory_synchronization", QT_TRANSLATE_NOOP("PermissionSet", "Directory Synchronization")},
    {"audit_logs", QT_TRANSLATE_NOOP("PermissionSet", "Audit Logs")},
    {"dashboard", QT_TRANSLATE_NOOP("PermissionSet", "Dashboard")},
    {"policies", QT_TRANSLATE_NOOP("PermissionSet", "Policies and Detection Engine Configuration")},
    {"allow_block_rules", QT_TRANSLATE_NOOP("PermissionSet", "Allow / Block Rules")},
    {"authorized_outbounds", QT_TRANSLATE_NOOP("PermissionSet", "Authorized Outbounds")},
    {"detections", QT_TRANSLATE_NOOP("PermissionSet", "Detections")},
    {"track_and_trace", QT_TRANSLATE_NOOP("PermissionSet", "Track and Trace")},
    {"reports", QT_TRANSLATE_NOOP("PermissionSet", "Reports")},
    {"archive_search", QT_TRANSLATE_NOOP("PermissionSet", "Archive Search")},
    {"journaling", QT_TRANSLATE_NOOP("PermissionSet", "Journaling")},
    {"sync_engine_sites", QT_TRANSLATE_NOOP("PermissionSet", "Sync Engine Sites")},
}};

} // namespace

bool PermissionSet::isProtected() const
{
    return m_protected != NoProtected || m_level == ManagementLevel::ProtectedRoles;
}

bool PermissionSet::covers(const PermissionSet& other) const
{
    return firstMissing(other).isEmpty();
}

QString PermissionSet::firstMissing(const PermissionSet& other) const
{
    for (int i = 0; i < kAreaCount; ++i) {
        const auto area = static_cast<AppArea>(i);
        const Verbs missing = other.verbs(area) & static_cast<Verbs>(~verbs(area));
        for (const Verb verb : kVerbOrder) {
            if (missing & verb) {
                return tr("%1 on %2").arg(verbDisplayName(verb), areaDisplayName(area));
            }
        }
    }
    for (const ProtectedPermission flag : kProtectedOrder) {
        if (other.hasProtected(flag) && !hasProtected(flag)) {
            return tr("the protected permission %1").arg(protectedDisplayName(flag));
        }
    }
    if (static_cast<int>(other.m_level) > static_cast<int>(m_level)) {
        return tr("the role management level %1").arg(managementLevelDisplayName(other.m_level));
    }
    return {};
}

PermissionSet PermissionSet::united(const PermissionSet& other) const
{
    PermissionSet result = *this;
    for (std::size_t i = 0; i < m_verbs.size(); ++i) {
        result.m_verbs.at(i) = static_cast<Verbs>(m_verbs.at(i) | other.m_verbs.at(i));
    }
    result.m_protected = static_cast<ProtectedPermissions>(m_protected | other.m_protected);
    result.m_level = std::max(m_level, other.m_level);
    return result;
}

bool PermissionSet::isEmpty() const
{
    return *this == PermissionSet {};
}

PermissionSet PermissionSet::all()
{
    PermissionSet set;
    set.m_verbs.fill(kAllVerbs);
    set.m_protected = kAllProtected;
    set.m_level = ManagementLevel::ProtectedRoles;
    return set;
}

QJsonObject PermissionSet::toJson() const
{
    QJsonObject areas;
    for (int i = 0; i < kAreaCount; ++i) {
        const auto area = static_cast<AppArea>(i);
        QJsonArray verbNames;
        for (const Verb verb : kVerbOrder) {
            if (allows(area, verb)) {
                verbNames.append(verbKey(verb));
            }
        }
        if (!verbNames.isEmpty()) {
            areas.insert(areaKey(area), verbNames);
        }
    }
    QJsonArray flags;
    for (const ProtectedPermission flag : kProtectedOrder) {
        if (hasProtected(flag)) {
            flags.append(protectedKey(flag));
        }
    }
    return QJsonObject {{QStringLiteral("areas"), areas},
                        {QStringLiteral("protected"), flags},
                        {QStringLiteral("management"), managementLevelKey(m_level)}};
}

std::optional<PermissionSet> PermissionSet::fromJson(const QJsonObject& json, QString* error)
{
    PermissionSet set;
    const QJsonObject areas = json.value(QStringLiteral("areas")).toObject();
    for (auto it = areas.begin(); it != areas.end(); ++it) {
        const auto area = areaFromKey(it.key());
        if (!area) {
            *error = tr("Unknown application area \"%1\".").arg(it.key());
            return std::nullopt;
        }
        Verbs verbs = NoVerb;
        for (const auto& value : it.value().toArray()) {
            const auto known = std::find_if(kVerbOrder.begin(), kVerbOrder.end(),
                                            [&value](Verb verb) { return verbKey(verb) == value.toString(); });
            if (known == kVerbOrder.end()) {
                *error = tr("Unknown verb \"%1\".").arg(value.toString());
                return std::nullopt;
            }
            verbs |= *known;
        }
        set.setVerbs(*area, verbs);
    }
    ProtectedPermissions flags = NoProtected;
    for (const auto& value : json.value(QStringLiteral("protected")).toArray()) {
        bool known = false;
        for (const ProtectedPermission flag : kProtectedOrder) {
            if (protectedKey(flag) == value.toString()) {
                flags |= flag;
                known = true;
            }
        }
        if (!known) {
            *error = tr("Unknown protected permission \"%1\".").arg(value.toString());
            return std::nullopt;
        }
    }
    set.setProtectedPermissions(flags);
    const QString level = json.value(QStringLiteral("management")).toString(QStringLiteral("None"));
    const auto parsed = managementLevelFromKey(level);
    if (!parsed) {
        *error = tr("Unknown role management level \"%1\".").arg(level);
        return std::nullopt;
    }
    set.setManagementLevel(*parsed);
    return set;
}

QString areaKey(AppArea area)
{
    return QString::fromLatin1(kAreaNames.at(static_cast<std::size_t>(area)).key);
}

std::optional<AppArea> areaFromKey(const QString& key)
{
    for (int i = 0; i < kAreaCount; ++i) {
        if (key == QLatin1String(kAreaNames.at(static_cast<std::size_t>(i)).key)) {
            return static_cast<AppArea>(i);
        }
    }
    return std::nullopt;
}

QString areaDisplayName(AppArea area)
{
    return QCoreApplication::translate("PermissionSet", kAreaNames.at(static_cast<std::size_t>(area)).display);
}

QString verbKey(Verb verb)
{
    switch (verb) {
    case Read:
        return QStringLiteral("Read");
    case Create:
        return QStringLiteral("Create");
    case Edit:
        return QStringLiteral("Edit");
    case Delete:
        return QStringLiteral("Delete");
    case TakeAction:
        return QStringLiteral("TakeAction");
    case NoVerb:
        break;
    }
    return {};
}

QString verbDisplayName(Verb verb)
{
    switch (verb) {
    case Read:
        return QCoreApplication::translate("PermissionSet", "Read");
    case Create:
        return QCoreApplication::translate("PermissionSet", "Create");
    case Edit:
        return QCoreApplication::translate("PermissionSet", "Edit");
    case Delete:
        return QCoreApplication::translate("PermissionSet", "Delete");
    case TakeAction:
        return QCoreApplication::translate("PermissionSet", "Take Action");
    case NoVerb:
        break;
    }
    return {};
}

QString protectedDisplayName(ProtectedPermission flag)
{
    switch (flag) {
    case ContentView:
        return QCoreApplication::translate("PermissionSet", "Content View");
    case MessageExport:
        return QCoreApplication::translate("PermissionSet", "Message Export");
    case RetentionAdjust:
        return QCoreApplication::translate("PermissionSet", "Retention Adjust");
    case SmartTagAssign:
        return QCoreApplication::translate("PermissionSet", "Smart Tag Assign");
    case DelegateMailbox:
        return QCoreApplication::translate("PermissionSet", "Delegate Mailbox");
    case NoProtected:
        break;
    }
    return {};
}

QString protectedKey(ProtectedPermission flag)
{
    switch (flag) {
    case ContentView:
        return QStringLiteral("ContentView");
    case MessageExport:
        return QStringLiteral("MessageExport");
    case RetentionAdjust:
        return QStringLiteral("RetentionAdjust");
    case SmartTagAssign:
        return QStringLiteral("SmartTagAssign");
    case DelegateMailbox:
        return QStringLiteral("DelegateMailbox");
    case NoProtected:
        break;
    }
    return {};
}

QString managementLevelKey(ManagementLevel level)
{
    switch (level) {
    case ManagementLevel::None:
        return QStringLiteral("None");
    case ManagementLevel::ManageApplicationRoles:
        return QStringLiteral("ManageApplicationRoles");
    case ManagementLevel::ProtectedRoles:
        return QStringLiteral("ProtectedRoles");
    }
    return {};
}

std::optional<ManagementLevel> managementLevelFromKey(const QString& key)
{
    for (const auto level :
         {ManagementLevel::None, ManagementLevel::ManageApplicationRoles, ManagementLevel::ProtectedRoles}) {
        if (key.compare(managementLevelKey(level), Qt::CaseInsensitive) == 0) {
            return level;
        }
    }
    return std::nullopt;
}

QString managementLevelDisplayName(ManagementLevel level)
{
    switch (level) {
    case ManagementLevel::None:
        return QCoreApplication::translate("PermissionSet", "Cannot Manage Roles");
    case ManagementLevel::ManageApplicationRoles:
        return QCoreApplication::translate("PermissionSet", "Manage Application Roles");
    case ManagementLevel::ProtectedRoles:
        return QCoreApplication::translate("PermissionSet", "Protected Roles");
    }
    return {};
}

} // namespace warden
