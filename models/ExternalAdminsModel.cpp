#include "ExternalAdminsModel.h"

#include "CoreServices.h"

#include <QDateTime>
#include <QLocale>

namespace warden {

ExternalAdminsModel::ExternalAdminsModel(CoreServices& core, Actor actor, qint64 accountId, QObject* parent)
    : QAbstractTableModel(parent)
    , m_core(core)
    , m_actor(std::move(actor))
    , m_accountId(accountId)
{
    connect(&core.notifier(), &ChangeNotifier::membersChanged, this, &ExternalAdminsModel::reload);
    connect(&core.notifier(), &ChangeNotifier::accountsChanged, this, &ExternalAdminsModel::reload);
    connect(&core.notifier(), &ChangeNotifier::rolesChanged, this, [this](qint64 changedAccountId) {
        if (changedAccountId == m_accountId) {
            reload();
        }
    });
    reload();
}

void ExternalAdminsModel::reload()
{
    beginResetModel();
    auto admins = m_core.partners().externalAdmins(m_actor, m_accountId);
    m_admins = admins ? admins.value() : QList<ExternalAdmin>();
    m_loadError = admins ? QString() : admins.refusal().message;
    endResetModel();
}

int ExternalAdminsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_admins.size());
}

int ExternalAdminsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ExternalAdmin* ExternalAdminsModel::adminAt(int row) const
{
    return row >= 0 && row < m_admins.size() ? &m_admins.at(row) : nullptr;
}

QVariant ExternalAdminsModel::data(const QModelIndex& index, int role) const
{
    const ExternalAdmin* admin = index.isValid() ? adminAt(index.row()) : nullptr;
    if (admin == nullptr) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case EmailColumn:
            return admin->displayName.isEmpty() || role == Qt::DisplayRole
                ? admin->email
                : QStringLiteral("%1 (%2)").arg(admin->email, admin->displayName);
        case RoleColumn:
            return admin->roleName;
        case PartnerColumn:
            return admin->partnerName;
        case AddedByColumn:
            return admin->addedBy;
        case AddedOnColumn: {
            const QDateTime at = QDateTime::fromString(admin->addedAt, Qt::ISODateWithMs);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : admin->addedAt;
        }
        default:
            return {};
        }
    case EmailRole:
        return admin->email;
    case RoleNameRole:
        return admin->roleName;
    case RoleIdRole:
        return admin->roleId;
    default:
        return {};
    }
}

QVariant ExternalAdminsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case EmailColumn:
        return tr("External admin email address");
    case RoleColumn:
        return tr("Role");
    case PartnerColumn:
        return tr("Partner");
    case AddedByColumn:
        return tr("Added by");
    case AddedOnColumn:
        return tr("Added on");
    default:
        return {};
    }
}

QHash<int, QByteArray> ExternalAdminsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EmailRole, "email");
    names.insert(RoleNameRole, "roleName");
    names.insert(RoleIdRole, "roleId");
    return names;
}

} // namespace warden
