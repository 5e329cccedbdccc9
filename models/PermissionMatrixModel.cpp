#include "PermissionMatrixModel.h"

namespace warden {

PermissionMatrixModel::PermissionMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PermissionMatrixModel::setPermissions(const PermissionSet& permissions)
{
    beginResetModel();
    m_permissions = permissions;
    m_sources.clear();
    endResetModel();
}

void PermissionMatrixModel::setRoles(const QList<Role>& roles)
{
    beginResetModel();
    m_sources = roles;
    m_permissions = PermissionSet();
    for (const Role& role : roles) {
        m_permissions = m_permissions.united(role.permissions);
    }
    endResetModel();
}

void PermissionMatrixModel::setEditable(bool editable)
{
    if (editable == m_editable) {
        return;
    }
    m_editable = editable;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::CheckStateRole});
    }
}

int PermissionMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kAreaCount;
}

int PermissionMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(kVerbOrder.size());
}

QVariant PermissionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const auto area = static_cast<AppArea>(index.row());
    const Verb verb = kVerbOrder.at(static_cast<std::size_t>(index.column()));
    switch (role) {
    case Qt::CheckStateRole:
        return m_permissions.allows(area, verb) ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
        return tr("%1: %2 %3")
            .arg(areaDisplayName(area), verbDisplayName(verb),
                 m_permissions.allows(area, verb) ? tr("allowed") : tr("not allowed"));
    case Qt::ToolTipRole:
    case GrantedByRole: {
        QStringList grantedBy;
        for (const Role& source : m_sources) {
            if (source.permissions.allows(area, verb)) {
                grantedBy.append(source.name);
            }
        }
        if (role == GrantedByRole) {
            return grantedBy;
        }
        if (!m_permissions.allows(area, verb)) {
            return tr("%1 on %2: not allowed").arg(verbDisplayName(verb), areaDisplayName(area));
        }
        return grantedBy.isEmpty()
            ? tr("%1 on %2: allowed").arg(verbDisplayName(verb), areaDisplayName(area))
            : tr("%1 on %2: granted by %3")
                  .arg(verbDisplayName(verb), areaDisplayName(area), grantedBy.join(QStringLiteral(", ")));
    }
    case AreaRole:
        return index.row();
    case VerbRole:
        return int(verb);
    default:
        return {};
    }
}

bool PermissionMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || !index.isValid() || role != Qt::CheckStateRole) {
        return false;
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const auto area = static_cast<AppArea>(index.row());
    const Verb verb = kVerbOrder.at(static_cast<std::size_t>(index.column()));
    const bool on = value.value<Qt::CheckState>() == Qt::Checked;
    Verbs verbs = m_permissions.verbs(area);
    verbs = on ? static_cast<Verbs>(verbs | verb) : static_cast<Verbs>(verbs & ~verb);
    // Any write implies Read; clearing Read clears the writes too.
    if (on && verb != Read) {
        verbs |= Read;
    }
    if (!on && verb == Read) {
        verbs = NoVerb;
    }
    m_permissions.setVerbs(area, verbs);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1), {Qt::CheckStateRole});
    Q_EMIT permissionsEdited();
    return true;
}

Qt::ItemFlags PermissionMatrixModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant PermissionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return section >= 0 && section < columnCount()
            ? verbDisplayName(kVerbOrder.at(static_cast<std::size_t>(section)))
            : QVariant();
    }
    return section >= 0 && section < kAreaCount ? areaDisplayName(static_cast<AppArea>(section)) : QVariant();
}

} // namespace warden
