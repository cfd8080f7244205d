import type { MessageDelivered, MessageDeliveryFailed } from '../contracts';

export type MessageDeliveredData = MessageDelivered['data'];
export type MessageDeliveryFailedData = MessageDeliveryFailed['data'];
