#pragma once

#include "AuditEntryText.h"

#include <QAbstractTableModel>

namespace warden {

/// What one audit entry changed, field by field: Field, Before, After (AuditEntryText::changes).
/// Read-only; empty until an entry is shown, and for entries that record no values.
class AuditChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntry(const AuditEntry& entry);
    void clear();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AuditFieldChange> m_changes;
};

} // namespace warden
