/** Where insert-reply.ts leaves its function in the content scripts' isolated world, for tab-messages.ts. */
export const INSERT_REPLY = Symbol.for('gardefou.insertReply');
