#pragma once

#include "authorization/Actor.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class AuditLogWidget;
}

namespace warden {

class AuditChangeModel;
class AuditLogModel;
class CoreServices;

/// The Audit Log dock: newest entries first, each as a sentence, with the selected entry's changes
/// field by field beside it; filterable by the person or role affected, who changed it, the kind
/// of change and date; exportable as CSV (with the recorded JSON), with a "Verify Chain" button
/// that checks the HMAC chain. It follows changes live and keeps the selected entry.
class AuditLogWidget : public QWidget
{
    Q_OBJECT

public:
    AuditLogWidget(CoreServices& core, Actor viewer, QWidget* parent = nullptr);
    ~AuditLogWidget() override;

    [[nodiscard]] AuditLogModel* model() const { return m_model; }
    [[nodiscard]] AuditChangeModel* changeModel() const { return m_changes; }
    /// Shows the entries about `personOrRole` (the "Person or role affected" filter).
    void showAffecting(const QString& personOrRole);
    void verifyChain();
    /// Writes the filtered log to `path`; an empty path asks with a file dialog.
    void exportCsv(QString path = {});

private:
    void applyFilter();
    /// Shows the current entry's sentence and changes in the detail pane.
    void showCurrentEntry();

    const std::unique_ptr<Ui::AuditLogWidget> m_ui;
    CoreServices& m_core;
    Actor m_viewer;
    AuditLogModel* m_model;
    AuditChangeModel* m_changes;
    QTimer m_debounce;
    /// The entry selected before a reload, selected again after it.
    qint64 m_selectedSeq = 0;
};

} // namespace warden
