#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace warden {

class CoreServices;

/// The audit log as `viewer` may read it, as a table, newest first, paged in with fetchMore (keyset on the sequence
/// number); reloads when the core announces any change, since every change is audited. Each entry reads as a
/// sentence (AuditEntryText); the raw fields are in the item roles, the recorded JSON only in entryAt().
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeqColumn,
        TimeColumn,
        SentenceColumn, ///< "alice@acme.example added 2 people to Help Desk Administrator in ACME"
        ColumnCount
    };
    enum Roles {
        SeqRole = Qt::UserRole + 1, ///< qint64 sequence number
        ActorRole, ///< who made the change (address)
        ActionRole, ///< the entry's kind, as recorded ("role.member.add")
        TargetRole, ///< what it was made to, as recorded
        AccountCodeRole, ///< the account it happened in, or empty
    };
    static constexpr int kPageSize = 500;

    AuditLogModel(CoreServices& core, Actor viewer, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    /// The entry shown in `row`, with what it recorded before and after.
    [[nodiscard]] const AuditEntry& entryAt(int row) const { return m_entries.at(row); }
    void reload();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    [[nodiscard]] QList<AuditEntry> readPage();

    CoreServices& m_core;
    Actor m_viewer;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_hasMore = false;
    /// Reloads once after a burst of changes (one apply to many accounts), not once per change.
    QTimer m_reloadSoon;
};

} // namespace warden
