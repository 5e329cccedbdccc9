#include "AuditChangeModel.h"

namespace warden {

void AuditChangeModel::setEntry(const AuditEntry& entry)
{
    beginResetModel();
    m_changes = AuditEntryText::changes(entry);
    endResetModel();
}

void AuditChangeModel::clear()
{
    beginResetModel();
    m_changes.clear();
    endResetModel();
}

int AuditChangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int AuditChangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditChangeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const AuditFieldChange& change = m_changes.at(index.row());
    switch (index.column()) {
    case FieldColumn:
        return change.field;
    case BeforeColumn:
        //: An audit entry's field that had no value before (or after) the change.
        return change.before.isEmpty() && role == Qt::DisplayRole ? tr("(none)") : change.before;
    case AfterColumn:
        return change.after.isEmpty() && role == Qt::DisplayRole ? tr("(none)") : change.after;
    default:
        return {};
    }
}

QVariant AuditChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

} // namespace warden
