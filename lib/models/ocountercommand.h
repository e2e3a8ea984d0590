#pragma once

#include "imageeditor.h"

#include <QUndoCommand>

/// One undo step of O-counter changes on one image. Repeated increments (or
/// decrements) merge; undo sends the opposite changes, a reset is undone by
/// counting back up to the old value.
class OCounterCommand final : public QUndoCommand
{
public:
    OCounterCommand(ImageEditor *editor, const QString &id, const QString &title,
                    ImageEditor::OChange change, int before);

    void redo() override;
    void undo() override;
    int id() const override { return 1001; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateText();
    int valueAfter() const;

    ImageEditor *m_editor;
    QString m_imageId;
    QString m_title;
    ImageEditor::OChange m_change;
    int m_before;
    int m_count = 1; ///< increments or decrements folded into this step
};
